package org.dozaban.html;

import java.util.Optional;

/**
 * Finds nesting too deep to render: block quotes, lists and rules are nested by the markers and
 * indentation a line starts with, and the Markdown parser and renderer recurse once per level. A line
 * that starts with more than {@link #MAX_PREFIX} of them is refused, outside fenced code blocks.
 */
final class Nesting {

    /** Enough for any real nesting (a list 30 levels deep), far below what exhausts a thread's stack. */
    static final int MAX_PREFIX = 128;

    private Nesting() {
    }

    static Optional<BodyCheck.Finding> check(String body) {
        int line = 0;
        boolean inFence = false;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            line++;
            String text = body.substring(start, end);
            if (isFence(text)) {
                inFence = !inFence;
            } else if (!inFence && !text.isBlank()) {
                int prefix = prefix(text);
                if (prefix > MAX_PREFIX) {
                    return Optional.of(new BodyCheck.Finding(line, MAX_PREFIX + 1,
                            "nested too deeply: the line starts with " + prefix
                                    + " characters of indentation and markers (> - * + _ or list numbers), at most "
                                    + MAX_PREFIX,
                            "remove the extra block quote or list markers and indentation;"
                                    + " put art or code in a fenced code block (```)", true));
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * How many characters open the line as containers (spaces, {@code >}, list markers followed by a
     * space), then as a run of one thematic break character ({@code * - _}, spaces between allowed).
     */
    static int prefix(String line) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '>') {
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && isBlank(line.charAt(i + 1))) {
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && Character.isDigit(line.charAt(j))) {
                    j++;
                }
                if (j + 1 < n && (line.charAt(j) == '.' || line.charAt(j) == ')') && isBlank(line.charAt(j + 1))) {
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if (i < n && "*-_".indexOf(line.charAt(i)) >= 0) {
            char rule = line.charAt(i);
            int j = i;
            while (j < n && (line.charAt(j) == rule || isBlank(line.charAt(j)))) {
                j++;
            }
            return j;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isFence(String line) {
        String stripped = line.stripLeading();
        return line.length() - stripped.length() < 4 && (stripped.startsWith("```") || stripped.startsWith("~~~"));
    }
}
