package org.dozaban.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of one block's own inline content, with a map from offsets back to the nodes that hold
 * them. Text inside opaque elements (code, images, isolates) stands as one {@link Phrases#OBJECT};
 * nested blocks and line breaks as one {@link Phrases#BREAK}.
 */
final class InlineText {

    /**
     * A node and the offsets of its text.
     *
     * @param node  a text node, or an element standing as one char
     * @param start first offset
     * @param end   one past the last offset
     */
    record Piece(Node node, int start, int end) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private InlineText() {
    }

    /**
     * Reads {@code block}'s inline content. Spans in {@code ours} were added by this pass: their text
     * still belongs to the paragraph.
     */
    static InlineText of(Element block, Set<Element> ours) {
        InlineText inline = new InlineText();
        inline.read(block, ours);
        return inline;
    }

    private void read(Element parent, Set<Element> ours) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode t) {
                add(t, t.getWholeText());
            } else if (child instanceof Element e) {
                if (ours.contains(e) || Tags.isTransparent(e)) {
                    read(e, ours);
                } else {
                    add(e, String.valueOf(Tags.isOpaque(e) ? Phrases.OBJECT : Phrases.BREAK));
                }
            }
        }
    }

    private void add(Node node, String s) {
        pieces.add(new Piece(node, text.length(), text.length() + s.length()));
        text.append(s);
    }

    String text() {
        return text.toString();
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** Splits the text node holding {@code offset} so that a node starts there; true if it split. */
    boolean splitAt(int offset) {
        for (Piece piece : pieces) {
            if (piece.start() < offset && offset < piece.end() && piece.node() instanceof TextNode t) {
                t.splitText(offset - piece.start());
                return true;
            }
        }
        return false;
    }

    /** The pieces lying wholly within {@code [start, end)}. */
    List<Piece> within(int start, int end) {
        return pieces.stream().filter(p -> p.start() >= start && p.end() <= end && p.end() > p.start()).toList();
    }

    /** The first offset of {@code node}'s text, including its descendants'. */
    int startOf(Node node) {
        return pieces.stream().filter(p -> isSelfOrAncestor(node, p.node())).mapToInt(Piece::start).min().orElse(-1);
    }

    /** One past the last offset of {@code node}'s text, including its descendants'. */
    int endOf(Node node) {
        return pieces.stream().filter(p -> isSelfOrAncestor(node, p.node())).mapToInt(Piece::end).max().orElse(-1);
    }

    private static boolean isSelfOrAncestor(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
