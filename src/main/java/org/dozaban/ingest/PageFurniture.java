package org.dozaban.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a printed page adds to an article's text: form feeds, page numbers ("- 2 -", "Page 2 of 5"
 * with the page words of the vocabularies,
 * "صفحه ۲ از ۵", "— ۳ —", a bare number between pages) and running headers and footers (a short line
 * repeated next to page boundaries). Removed lines become empty, so positions stay those of the file;
 * {@link PageBreaks} rejoins the paragraph a page break interrupted.
 *
 * @param text    the text without furniture
 * @param removed 1-based numbers of the lines removed, with what they were
 */
record PageFurniture(String text, Map<Integer, String> removed) {

    private static final String DIGITS = "\\p{Nd}{1,4}";
    private static final String PAGE = "(?:" + Vocabulary.of("page-words").alternation() + ")";
    private static final String OF = "(?:" + Vocabulary.of("page-of").alternation() + ")";
    /** A page number, with a page word (vocabulary page-words) or dashes, and "of N" (page-of). */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?iu)^[\\s\\-–—|·•]*(?:" + PAGE + "\\s*)?(" + DIGITS + ")(?:\\s*" + OF + "\\s*" + DIGITS
                    + ")?[\\s\\-–—|·•]*$");
    /** A running line that ends with its page number: "Hill Post — Page 1 of 2". */
    private static final Pattern TITLED = Pattern.compile(
            "(?iu)^(.{1,60}?)[\\s\\-–—|·•,]+" + PAGE + "\\s*" + DIGITS + "(?:\\s*" + OF + "\\s*" + DIGITS + ")?\\s*$");
    private static final Pattern DECORATED = Pattern.compile("(?iu)[\\-–—|·•]|" + PAGE + "|" + OF);
    private static final int MAX_RUNNING_WORDS = 10;
    /** How many non-blank lines from a page boundary a running header or footer may stand. */
    private static final int NEAR = 2;

    /** Reads {@code text}; a text without form feeds or page numbers comes back as it is. */
    static PageFurniture remove(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        Map<Integer, String> removed = new java.util.TreeMap<>();
        List<Integer> boundaries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('\f') >= 0) {
                boundaries.add(i);
                String rest = lines.get(i).replace("\f", "");
                if (rest.isBlank()) {
                    removed.put(i + 1, "form feed");
                }
                lines.set(i, rest);
            }
        }
        List<Integer> numbers = pageNumbers(lines, boundaries);
        for (int i : numbers) {
            removed.put(i + 1, "page number: " + lines.get(i).strip());
            boundaries.add(i);
            lines.set(i, "");
        }
        if (!boundaries.isEmpty()) {
            for (int i : runningLines(lines, boundaries)) {
                removed.put(i + 1, "running header or footer: " + lines.get(i).strip());
                lines.set(i, "");
            }
        }
        return new PageFurniture(String.join("\n", lines), removed);
    }

    /**
     * Lines that are page numbers: decorated ones ("- 2 -", "Page 2", "2 of 5") anywhere alone on their
     * line between blank lines, and bare numbers next to a form feed or in a rising series with others.
     */
    private static List<Integer> pageNumbers(List<String> lines, List<Integer> feeds) {
        List<Integer> found = new ArrayList<>();
        List<Integer> bare = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || !standsAlone(lines, i)) {
                continue;
            }
            Matcher m = NUMBERED.matcher(line);
            Matcher titled = TITLED.matcher(line);
            if (m.matches()) {
                if (DECORATED.matcher(line.replace(m.group(1), "")).find()) {
                    found.add(i);
                } else {
                    bare.add(i);
                }
            } else if (titled.matches() && titled.group(1).split("\\s+").length <= MAX_RUNNING_WORDS
                    && !Texts.endsSentence(titled.group(1))) {
                found.add(i);
            }
        }
        for (int i : bare) {
            boolean nearFeed = feeds.stream().anyMatch(f -> Math.abs(f - i) <= 1);
            if (nearFeed || found.size() + bare.size() >= 2 && inSeries(lines, bare, found)) {
                found.add(i);
            }
        }
        found.sort(Integer::compare);
        return found;
    }

    private static boolean standsAlone(List<String> lines, int i) {
        return (i == 0 || lines.get(i - 1).isBlank() || lines.get(i - 1).indexOf('\f') >= 0)
                && (i + 1 >= lines.size() || lines.get(i + 1).isBlank() || lines.get(i + 1).indexOf('\f') >= 0);
    }

    /** Whether the numbers on these lines rise through the text. */
    private static boolean inSeries(List<String> lines, List<Integer> bare, List<Integer> decorated) {
        List<Integer> all = new ArrayList<>(bare);
        all.addAll(decorated);
        all.sort(Integer::compare);
        int previous = -1;
        for (int i : all) {
            Matcher m = NUMBERED.matcher(lines.get(i).strip());
            int n = m.matches() ? Integer.parseInt(asciiDigits(m.group(1))) : -1;
            if (m.matches() && n <= previous) {
                return false;
            }
            previous = Math.max(previous, n);
        }
        return true;
    }

    /** Short lines repeated at least twice, one of them within {@link #NEAR} lines of a page boundary. */
    private static List<Integer> runningLines(List<String> lines, List<Integer> boundaries) {
        Map<String, List<Integer>> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip().replaceAll("\\s+", " ");
            if (!line.isEmpty() && line.split(" ").length <= MAX_RUNNING_WORDS) {
                seen.computeIfAbsent(line, k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> found = new ArrayList<>();
        for (List<Integer> at : seen.values()) {
            if (at.size() >= 2 && at.stream().anyMatch(i -> nearBoundary(lines, i, boundaries))) {
                found.addAll(at);
            }
        }
        found.sort(Integer::compare);
        return found;
    }

    private static boolean nearBoundary(List<String> lines, int i, List<Integer> boundaries) {
        for (int b : boundaries) {
            int between = 0;
            int from = Math.min(b, i);
            int to = Math.max(b, i);
            for (int j = from + 1; j < to; j++) {
                between += lines.get(j).isBlank() ? 0 : 1;
            }
            if (between < NEAR) {
                return true;
            }
        }
        return false;
    }

    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(Character.digit(cp, 10)));
        return out.toString();
    }
}
