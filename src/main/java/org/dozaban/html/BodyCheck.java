package org.dozaban.html;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.dozaban.markdown.Markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an article body before it is rendered, for what would crash the renderer or lose text without
 * a word: nesting too deep to render, raw HTML elements left open that would swallow the text after
 * them, and raw HTML the sanitizer removes. Places are lines and columns of the body.
 *
 * <p>Only a body with raw HTML ({@code <}) is parsed here. Any other is parsed once, when it is rendered,
 * and a paragraph the parser cannot read is reported from there ({@link #unparsable}).
 */
public final class BodyCheck {

    /**
     * One thing found in a body.
     *
     * @param line   1-based line of the body
     * @param column 1-based column, in characters
     * @param error  true when the body cannot be published so; false for a warning
     */
    public record Finding(int line, int column, String message, String hint, boolean error) {
    }

    private final Markdown markdown;

    public BodyCheck(Markdown markdown) {
        this.markdown = markdown;
    }

    /** Everything found in {@code body}, in order of place. */
    public List<Finding> check(String body) {
        List<Finding> findings = new ArrayList<>();
        Nesting.check(body).ifPresent(findings::add);
        if (findings.isEmpty() && body.indexOf('<') >= 0) {
            Document document;
            try {
                document = markdown.parse(body);
            } catch (StackOverflowError e) {
                findings.add(unparsable(body));
                return findings;
            }
            rawHtml(document, body, findings);
        }
        return findings;
    }

    /**
     * The paragraph the parser cannot read: its patterns for HTML tags, comments and link addresses
     * recurse once per repetition and overflow the stack on some long ones. Each block between blank
     * lines is parsed alone until one fails. For a body whose parse overflowed the stack.
     */
    public Finding unparsable(String body) {
        int start = 0;
        int found = 0;
        while (start < body.length()) {
            while (start < body.length() && body.charAt(start) == '\n') {
                start++;
            }
            int blank = body.indexOf("\n\n", start);
            int end = blank < 0 ? body.length() : blank;
            try {
                markdown.parse(body.substring(start, end));
            } catch (StackOverflowError e) {
                found = start;
                break;
            }
            start = end;
        }
        int line = 1 + (int) body.substring(0, found).chars().filter(c -> c == '\n').count();
        return new Finding(line, 1,
                "this paragraph cannot be read: it holds an HTML tag, comment or link address too long for the"
                        + " Markdown parser",
                "look for a long HTML comment or tag, or a link whose \"<\" or \")\" is never closed; shorten or"
                        + " split it", true);
    }

    /** The raw HTML of each block, checked together: an element opened in a block must close in it. */
    private void rawHtml(Document document, String body, List<Finding> findings) {
        Map<Node, List<Node>> byBlock = new IdentityHashMap<>();
        List<Node> blocks = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                Node block = node instanceof HtmlBlock ? node : enclosingBlock(node);
                byBlock.computeIfAbsent(block, b -> {
                    blocks.add(b);
                    return new ArrayList<>();
                }).add(node);
            }
        }
        LineIndex lines = new LineIndex(body);
        for (Node block : blocks) {
            RawHtmlCheck.check(byBlock.get(block), lines, findings);
        }
    }

    private static Node enclosingBlock(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof Block)) {
            parent = parent.getParent();
        }
        return parent == null ? node : parent;
    }
}
