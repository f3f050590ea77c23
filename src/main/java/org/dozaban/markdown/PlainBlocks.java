package org.dozaban.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.dozaban.text.MarkupText;

import java.util.Set;

/**
 * The HTML flexmark's renderer gives a document made only of plain blocks and phrases: paragraphs,
 * headings, block quotes, lists, thematic breaks, emphasis, links with their address written out, line
 * breaks and text, and links to references with the definitions. Most articles are nothing else, and
 * flexmark writes its HTML a character at a time through an appendable that keeps track of lines and
 * indents; here each part is appended whole. A document with any other node (images, code, raw HTML,
 * tables, footnotes, autolinks, attributes, escapes rendered by another kind of node), or with a text
 * holding a tab or a line end, is left to flexmark: {@link #html} gives null.
 */
final class PlainBlocks {

    /** The node classes written here: exactly these, not their subclasses. */
    private static final Set<Class<? extends Node>> PLAIN = Set.of(Document.class, Paragraph.class, Heading.class,
            BlockQuote.class, BulletList.class, OrderedList.class, BulletListItem.class, OrderedListItem.class,
            ThematicBreak.class, Emphasis.class, StrongEmphasis.class, Link.class, LinkRef.class, Reference.class,
            SoftLineBreak.class, HardLineBreak.class, Text.class);

    private final ListOptions listOptions;
    private final DataHolder options;
    private final ReferenceRepository references;
    private final StringBuilder out;

    private PlainBlocks(DataHolder options, int capacity) {
        this.options = options;
        this.listOptions = ListOptions.get(options);
        this.references = Parser.REFERENCES.get(options);
        this.out = new StringBuilder(capacity);
    }

    /**
     * The HTML of {@code document}, as flexmark's renderer with {@link HeadingIds} and {@link TextNodes} gives
     * it, or null when the document has a node this does not write.
     */
    static String html(Document document) {
        for (Node node : document.getDescendants()) {
            if (!PLAIN.contains(node.getClass())) {
                return null;
            }
        }
        // as flexmark's renderer does before it renders: generated ids, unique within the document; a render
        // by flexmark after this one gives up takes them as the ids given, which are the same
        new HeadingIds().generateIds(document);
        PlainBlocks blocks = new PlainBlocks(document, document.getTextLength() + document.getTextLength() / 4);
        try {
            blocks.children(document);
        } catch (NotPlain e) {
            return null;
        }
        return blocks.out.toString();
    }

    /** A text with a tab or a line end, which flexmark's appendable treats by rules not followed here. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    /**
     * Appends a text node's text, escaped; at the start of a line without its leading spaces, which
     * flexmark's appendable leaves out (as the continuation lines of a paragraph in a list item have them).
     */
    private void text(String text) {
        if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0) {
            throw new NotPlain();
        }
        int from = 0;
        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
            while (from < text.length() && text.charAt(from) == ' ') {
                from++;
            }
        }
        escaped(from == 0 ? text : text.substring(from));
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    private void node(Node node) {
        if (node instanceof Text text) {
            text(TextNodes.plain(TextNodes.text(text.getChars())));
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof BlockQuote) {
            around("blockquote", "", node);
        } else if (node instanceof BulletList) {
            around("ul", "", node);
        } else if (node instanceof OrderedList list) {
            around("ol", list.getStartNumber() == 1 ? "" : " start=\"" + list.getStartNumber() + "\"", list);
        } else if (node instanceof ListItem) {
            lineStart();
            // a block within starts a line of its own; the closing tag follows what is written last
            out.append("<li>");
            children(node);
            out.append("</li>\n");
        } else if (node instanceof ThematicBreak) {
            lineStart();
            out.append("<hr />\n");
        } else if (node instanceof StrongEmphasis) {
            inline("strong", node);
        } else if (node instanceof Emphasis) {
            inline("em", node);
        } else if (node instanceof Link link) {
            link(link.getUrl(), link.getTitle(), link);
        } else if (node instanceof LinkRef ref) {
            Reference reference = ref.isDefined() ? ref.getReferenceNode(references) : null;
            if (reference != null) {
                link(reference.getUrl(), reference.getTitle(), ref);
            } else if (!ref.hasChildren()) {
                // no such reference: the brackets and what they hold, as text
                text(ref.getChars().unescape());
            } else {
                text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
                children(ref);
                text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
            }
        } else if (node instanceof Reference) {
            // a definition shows nothing where it stands
            return;
        } else if (node instanceof SoftLineBreak) {
            out.append('\n');
        } else if (node instanceof HardLineBreak) {
            out.append("<br />\n");
        } else {
            throw new IllegalStateException("not a plain node: " + node.getClass().getName());
        }
    }

    /** A link to {@code url}, with a title when there is one, around the phrases of {@code node}. */
    private void link(BasedSequence url, BasedSequence title, Node node) {
        out.append("<a href=\"");
        escaped(url.unescape());
        out.append('"');
        if (title.isNotNull()) {
            out.append(" title=\"");
            escaped(title.unescape());
            out.append('"');
        }
        out.append('>');
        children(node);
        out.append("</a>");
    }

    /** A heading, with the id made for it. */
    private void heading(Heading heading) {
        lineStart();
        String tag = "h" + heading.getLevel();
        out.append('<').append(tag);
        String id = heading.getAnchorRefId();
        if (id != null && !id.isEmpty()) {
            out.append(" id=\"");
            escaped(id);
            out.append('"');
        }
        out.append('>');
        children(heading);
        out.append("</").append(tag).append(">\n");
    }

    /** A paragraph: wrapped in {@code p}, unless it is the text of a tight list's item. */
    private void paragraph(Paragraph paragraph) {
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, listOptions, options)) {
            children(paragraph);
            return;
        }
        lineStart();
        out.append("<p>");
        children(paragraph);
        out.append("</p>\n");
    }

    /** A block that holds blocks: its tags, the first with {@code attributes}, each on a line of their own. */
    private void around(String tag, String attributes, Node node) {
        lineStart();
        out.append('<').append(tag).append(attributes).append(">\n");
        children(node);
        lineStart();
        out.append("</").append(tag).append(">\n");
    }

    private void inline(String tag, Node node) {
        out.append('<').append(tag).append('>');
        children(node);
        out.append("</").append(tag).append('>');
    }

    /** Ends the line written so far, unless nothing is written on it yet. */
    private void lineStart() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Appends {@code text} with {@code & < > "} as entities, as flexmark escapes text and attribute values. */
    private void escaped(CharSequence text) {
        MarkupText.appendEscaped(out, text, false);
    }
}
