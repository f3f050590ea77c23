package org.dozaban.content;

import java.nio.file.Path;

/** Cleans an article body of control characters, which no page may show, warning at each place. */
final class BodyText {

    private BodyText() {
    }

    /**
     * {@code body} without control characters other than tab and line feed; a warning is given for the
     * first one of each line, with the count of the line.
     *
     * @param bodyLine the file line the body starts on
     */
    static String withoutControlCharacters(Path file, String body, int bodyLine, Problems problems) {
        if (!hasControlCharacter(body)) {
            return body;
        }
        StringBuilder out = null;
        int line = bodyLine;
        int column = 1;
        int firstColumn = 0;
        int firstChar = 0;
        int count = 0;
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            int width = Character.charCount(c);
            if (c == '\n' && count > 0) {
                warn(file, line, firstColumn, firstChar, count, problems);
                count = 0;
            }
            if (ControlCharacters.isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(body.length()).append(body, 0, i);
                }
                if (count++ == 0) {
                    firstColumn = column;
                    firstChar = c;
                }
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += width;
        }
        if (count > 0) {
            warn(file, line, firstColumn, firstChar, count, problems);
        }
        return out == null ? body : out.toString();
    }

    /**
     * Whether {@code text} has a character {@link ControlCharacters#isControl} names: looked for unit by unit
     * first, since nearly no body has one, and none is a surrogate.
     */
    static boolean hasControlCharacter(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (ControlCharacters.isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void warn(Path file, int line, int column, int c, int count, Problems problems) {
        problems.warn(file, new Place(line, column), "control character " + ControlCharacters.name(c).replace(
                        " (a control character)", "") + (count > 1 ? " and " + (count - 1) + " more on this line" : "")
                        + " removed from the text",
                "delete it from the file; it may have come with text copied from another program");
    }
}
