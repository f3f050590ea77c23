package org.dozaban.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tags in raw HTML text with a plain loop: a regular expression for tags with quoted
 * attributes recurses once per character and overflows the stack on long hostile input.
 */
final class HtmlTags {

    /**
     * One tag.
     *
     * @param start      offset of its {@code <}
     * @param closing    an end tag ({@code </b>})
     * @param name       its name as written
     * @param attributes the text between the name and the {@code >}
     */
    record Tag(int start, boolean closing, String name, String attributes) {
    }

    private HtmlTags() {
    }

    /** The tags of {@code text} in order; a {@code <} that starts no complete tag is text. */
    static List<Tag> scan(String text) {
        List<Tag> tags = new ArrayList<>();
        int i = text.indexOf('<');
        while (i >= 0) {
            int next = i + 1;
            boolean closing = next < text.length() && text.charAt(next) == '/';
            int nameStart = closing ? next + 1 : next;
            int nameEnd = nameStart;
            if (nameEnd < text.length() && isAsciiLetter(text.charAt(nameEnd))) {
                while (nameEnd < text.length() && (Character.isLetterOrDigit(text.charAt(nameEnd))
                        || text.charAt(nameEnd) == '-')) {
                    nameEnd++;
                }
                int end = tagEnd(text, nameEnd);
                if (end < 0) {
                    return tags;
                }
                tags.add(new Tag(i, closing, text.substring(nameStart, nameEnd), text.substring(nameEnd, end)));
                next = end + 1;
            }
            i = text.indexOf('<', next);
        }
        return tags;
    }

    /** The offset of the {@code >} ending a tag, quoted values skipped, or -1. */
    private static int tagEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
