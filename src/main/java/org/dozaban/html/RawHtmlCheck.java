package org.dozaban.html;

import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the raw HTML of one Markdown block. Elements whose text is not HTML (such as
 * {@code <style>} or {@code <iframe>}) and formatting elements (such as {@code <b>}) must be closed in
 * the block that opens them: a browser would otherwise read the rest of the article as their text,
 * or format all of it. Tags and attributes the sanitizer removes are warned about.
 */
final class RawHtmlCheck {

    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    /** Elements whose content a browser reads as text up to their closing tag, whatever it holds. */
    static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
            "noframes", "noscript", "plaintext", "pre");

    /** Elements a browser opens again in each following block while they are left open. */
    static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
            "strike", "strong", "tt", "u");

    private static final String ALLOWED_HINT = "README.md lists the HTML an article may hold; write the rest as Markdown";

    private RawHtmlCheck() {
    }

    /** Checks the raw HTML nodes of one block, in order. */
    static void check(List<Node> html, LineIndex lines, List<BodyCheck.Finding> findings) {
        Deque<Open> open = new ArrayDeque<>();
        for (Node node : html) {
            String text = blankComments(node.getChars().toString());
            int base = node.getStartOffset();
            for (HtmlTags.Tag tag : HtmlTags.scan(text)) {
                String name = tag.name().toLowerCase(Locale.ROOT);
                int offset = base + tag.start();
                if (tag.closing()) {
                    close(open, name);
                } else {
                    warnRemoved(name, tag.attributes(), lines, offset, findings);
                    if (!tag.attributes().endsWith("/") && (RAW_TEXT.contains(name) || FORMATTING.contains(name))) {
                        open.push(new Open(name, offset));
                    }
                }
            }
        }
        for (var left = open.descendingIterator(); left.hasNext(); ) {
            findings.add(unclosed(left.next(), lines));
        }
    }

    private record Open(String name, int offset) {
    }

    /** The text with each HTML comment replaced by as many spaces, so that offsets stay. */
    private static String blankComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int start = text.indexOf("<!--");
        while (start >= 0) {
            int close = text.indexOf("-->", start + 4);
            int end = close < 0 ? text.length() : close + 3;
            for (int i = start; i < end; i++) {
                out.setCharAt(i, ' ');
            }
            start = text.indexOf("<!--", end);
        }
        return out.toString();
    }

    private static void close(Deque<Open> open, String name) {
        for (Open o : open) {
            if (o.name().equals(name)) {
                while (!open.pop().name().equals(name)) {
                    // elements opened inside it close with it
                }
                return;
            }
        }
    }

    private static BodyCheck.Finding unclosed(Open left, LineIndex lines) {
        String what = RAW_TEXT.contains(left.name())
                ? "so the article text after it would be lost"
                : "so the rest of the article would be formatted by it";
        return new BodyCheck.Finding(lines.line(left.offset()), lines.column(left.offset()),
                "<" + left.name() + "> is not closed in its paragraph, " + what,
                "add </" + left.name() + "> before the end of the paragraph (the next blank line)", true);
    }

    private static void warnRemoved(String name, String attributes, LineIndex lines, int offset,
                                    List<BodyCheck.Finding> findings) {
        int line = lines.line(offset);
        int column = lines.column(offset);
        if (!Sanitizer.allowsTag(name)) {
            findings.add(new BodyCheck.Finding(line, column, "<" + name + "> is not allowed and is removed from the page",
                    ALLOWED_HINT, false));
            return;
        }
        Element element = new Element(Tag.valueOf(name), Sanitizer.CHECK_BASE);
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String key = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = firstNonNull(attribute.group(2), attribute.group(3), attribute.group(4), "");
            if (!Sanitizer.allowsAttribute(element, key, value)) {
                findings.add(new BodyCheck.Finding(line, column,
                        "the attribute " + key + " of <" + name + "> is not allowed and is removed from the page",
                        ALLOWED_HINT, false));
            }
        }
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }
}
