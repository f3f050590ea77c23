package org.dozaban.content;

import java.nio.file.Path;

/**
 * Checks YAML text before parsing, so that what the parser would reject without a place is reported
 * with one: characters YAML does not allow (control characters, noncharacters) and a text too long.
 */
final class YamlText {

    private YamlText() {
    }

    /** Whether {@code text} may be parsed; otherwise the first reason why not is reported. */
    static boolean isAcceptable(Path file, String text, int firstLine, int maxLength, Problems problems) {
        if (text.length() > maxLength) {
            problems.add(file, new Place(firstLine, 1),
                    "the YAML is too long: " + text.length() + " characters, at most " + maxLength,
                    "keep configuration and front matter short; the article text goes below the front matter");
            return false;
        }
        int line = firstLine;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isAllowed(c)) {
                problems.add(file, new Place(line, column), "character " + ControlCharacters.name(c)
                        + " is not allowed here", "remove it; it may have come with text copied from another program");
                return false;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** YAML's printable characters, tab and line feed. */
    /** Whether YAML text may hold {@code c}: printable characters, tabs and line ends. */
    static boolean isAllowed(int c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
