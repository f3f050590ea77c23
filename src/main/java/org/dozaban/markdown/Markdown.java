package org.dozaban.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import com.vladsch.flexmark.util.misc.Extension;

import java.util.ArrayList;
import java.util.List;

/**
 * The one flexmark configuration of the generator: tables, footnotes, autolinks, ASCII heading ids and
 * the attributes syntax ({@code {lang=fa dir=rtl}}, {@code {.class #id}}). Quotes stay as written (no
 * typographic replacement) and raw HTML passes through, to be sanitized by
 * {@link org.dozaban.html.ArticleHtml}. Thread-safe: parser and renderer are built once and reused.
 */
public final class Markdown {

    private static final int AUTOLINK = 1;
    private static final int ATTRIBUTES = 2;

    /**
     * Parsers by the extensions they run: the autolink and attributes extensions cost a quarter of the
     * parse time each, and a text without their marks ({@code ://}, {@code www.} or {@code @}; a brace)
     * gives the same document without them, so each text is parsed with the ones it may need.
     */
    private final Parser[] parsers = new Parser[4];
    private final HtmlRenderer renderer;

    /** Builds the parsers and renderer; build one and share it. */
    public Markdown() {
        for (int variant = 0; variant < parsers.length; variant++) {
            parsers[variant] = parser(options(variant));
        }
        DataHolder all = options(AUTOLINK | ATTRIBUTES);
        renderer = HtmlRenderer.builder(all).htmlIdGeneratorFactory(new HeadingIds.Factory())
                .nodeRendererFactory(TextNodes.FACTORY).build();
    }

    /**
     * flexmark's own parser and renderer of every node, the reference {@link #parsers} and {@link #renderer}
     * must equal: made when first asked for, which only tests do, and not with each engine a build makes.
     */
    private static final class Reference {
        static final Parser PARSER = Parser.builder(options(AUTOLINK | ATTRIBUTES)).build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder(options(AUTOLINK | ATTRIBUTES))
                .htmlIdGeneratorFactory(new HeadingIds.Factory()).build();
    }

    /**
     * flexmark's parser with {@link InlineMatches} for its inline parser. A parser given its own inline parser
     * leaves out the reading of link reference definitions, which flexmark's own brings: it is added back
     * as flexmark adds it, after the extensions' paragraph readers.
     */
    private static Parser parser(DataHolder options) {
        Parser.Builder builder = Parser.builder(options).customInlineParserFactory(InlineMatches.FACTORY);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.build();
    }

    private static DataHolder options(int variant) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(), FootnoteExtension.create()));
        if ((variant & AUTOLINK) != 0) {
            extensions.add(AutolinkExtension.create());
        }
        if ((variant & ATTRIBUTES) != 0) {
            extensions.add(AttributesExtension.create());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // GitHub-style tables: one header row, no column spans, missing cells filled so rows line up.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        return options.toImmutable();
    }

    /**
     * Parses Markdown without rendering it: for checks on its structure, and for {@link LinkTargets} to
     * read before {@link #render} turns it into HTML.
     */
    public Document parse(String markdown) {
        int variant = variant(markdown);
        if ((variant & AUTOLINK) == 0) {
            return parsers[variant].parse(markdown);
        }
        // most addresses are the destinations of links, which the core parser reads: the text is parsed
        // again with the autolink extension only when text outside them may hold a bare one
        Document document = parsers[variant & ~AUTOLINK].parse(markdown);
        return hasBareLinkText(document, markdown) ? parsers[variant].parse(markdown) : document;
    }

    /** Whether a text node of {@code document}, the only nodes the autolink extension links in, may hold a link. */
    private static boolean hasBareLinkText(Document document, String markdown) {
        for (Node node : document.getDescendants()) {
            // a text node is a part of the source, escapes and all
            if (node instanceof Text && mayHaveBareLink(markdown, node.getStartOffset(), node.getEndOffset())) {
                return true;
            }
        }
        return false;
    }

    /** Renders Markdown to an HTML fragment (not yet sanitized). */
    public String toHtml(String markdown) {
        return render(parse(markdown));
    }

    private static int variant(String markdown) {
        return (mayHaveBareLink(markdown) ? AUTOLINK : 0) | (markdown.indexOf('{') >= 0 ? ATTRIBUTES : 0);
    }

    /**
     * Renders with every extension, whatever the text holds, and with flexmark's own inline parser and
     * renderer of text: the reference the faster paths must equal.
     */
    String toHtmlWithEveryExtension(String markdown) {
        return Reference.RENDERER.render(Reference.PARSER.parse(markdown));
    }

    /** Whether the text has what a bare URL, a {@code www.} address or an e-mail address needs. */
    static boolean mayHaveBareLink(String text) {
        return mayHaveBareLink(text, 0, text.length());
    }

    /** {@link #mayHaveBareLink(String)} of the part of {@code text} from {@code from} to {@code to}. */
    private static boolean mayHaveBareLink(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            char c = text.charAt(at);
            if (c == '@' || (c == ':' && at + 3 <= to && text.startsWith("//", at + 1))
                    || (c == '.' && at - 3 >= from && text.regionMatches(true, at - 3, "www", 0, 3))) {
                return true;
            }
        }
        return false;
    }


    /**
     * Renders a parsed document to an HTML fragment (not yet sanitized): a document of plain blocks and
     * phrases by {@link PlainBlocks}, any other by flexmark's renderer, which gives the same HTML for the former.
     */
    public String render(Document document) {
        String plain = PlainBlocks.html(document);
        return plain != null ? plain : renderer.render(document);
    }
}
