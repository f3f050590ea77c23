package org.dozaban.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
        List<String> lines = Arrays.asList(text.split("\n", -1));
        if (!isFence(lines.get(0))) {
            problems.add(file, Place.START, "the file does not start with front matter",
                    "make the first line \"---\", then the keys (title: ...), then a closing \"---\" line");
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            if (isFence(lines.get(i))) {
                return Optional.of(new FrontMatter(join(lines.subList(1, i)), 2,
                        String.join("\n", lines.subList(i + 1, lines.size())), i + 2));
            }
        }
        problems.add(file, Place.START, "the front matter that starts here is never closed",
                "add a line \"---\" after the last key, before the article text");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
