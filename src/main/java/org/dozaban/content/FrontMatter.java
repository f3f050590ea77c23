package org.dozaban.content;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An article file split into its YAML front matter (between a first line {@code ---} and the next
 * {@code ---} line) and its Markdown body.
 *
 * @param yaml     the front matter text, without the {@code ---} lines
 * @param yamlLine 1-based file line the front matter text starts on
 * @param body     everything after the closing {@code ---} line
 * @param bodyLine 1-based file line the body starts on
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    private static final String FENCE = "---";

    /** Splits {@code text} (lines ending in {@code \n}), or reports why it cannot and returns empty. */
    static Optional<FrontMatter> split(Path file, String text, Problems problems) {
        if (!isFence(line(text, 0))) {
            problems.add(file, Place.START, "the file does not start with front matter",
                    "make the first line \"---\", then the keys (title: ...), then a closing \"---\" line");
            return Optional.empty();
        }
        // line by line from the start, so that a long body is not split into lines only to be joined again
        int yamlStart = nextLine(text, 0);
        int lineNumber = 2;
        for (int start = yamlStart; start >= 0; start = nextLine(text, start), lineNumber++) {
            if (isFence(line(text, start))) {
                int bodyStart = nextLine(text, start);
                return Optional.of(new FrontMatter(text.substring(yamlStart, start), 2,
                        bodyStart < 0 ? "" : text.substring(bodyStart), lineNumber + 1));
            }
        }
        problems.add(file, Place.START, "the front matter that starts here is never closed",
                "add a line \"---\" after the last key, before the article text");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }

    /** The line that starts at {@code start}, without its end. */
    private static String line(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** Where the line after the one starting at {@code start} starts, or -1 when that is the last. */
    private static int nextLine(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? -1 : end + 1;
    }
}
