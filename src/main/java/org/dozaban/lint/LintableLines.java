package org.dozaban.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an article file that are prose: in the front matter, the values of the keys that hold
 * text a reader sees; in the body, every line outside fenced and indented code blocks and
 * {@code <pre>} blocks. Front matter keys, the YAML quotes around a value and code are never prose.
 */
final class LintableLines {

    /** The front matter keys whose values are read as prose. */
    static final Set<String> PROSE_KEYS = Set.of("title", "author", "translator", "summary");

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z]+):[ \\t]+(\\S.*?)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern INDENTED = Pattern.compile("^(?: {4}|\\t)");
    private static final Pattern PRE_OPEN = Pattern.compile("^\\s*<pre[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRE_CLOSE = Pattern.compile("</pre>", Pattern.CASE_INSENSITIVE);

    /**
     * One lintable stretch of a line.
     *
     * @param number 1-based line number in the file
     * @param text   the whole line, without its line end
     * @param from   char offset where the prose starts
     * @param to     char offset where it ends
     * @param exempt char offsets inside the stretch that are not prose (YAML quoting)
     */
    record Segment(int number, String text, int from, int to, List<int[]> exempt) {
    }

    private LintableLines() {
    }

    /** The prose segments of {@code text}, in file order. */
    static List<Segment> of(String text) {
        String[] lines = text.split("\n", -1);
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        if (lines.length > 0 && isFrontMatterFence(lines[0])) {
            i = 1;
            while (i < lines.length && !isFrontMatterFence(lines[i])) {
                frontMatterLine(i + 1, stripCr(lines[i])).ifPresent(segments::add);
                i++;
            }
            i++;
        }
        String fence = null;
        boolean inPre = false;
        boolean afterBlank = true;
        boolean inIndentedCode = false;
        for (; i < lines.length; i++) {
            String line = stripCr(lines[i]);
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatch.find() && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length() && line.strip().matches("[`~]+")) {
                    fence = null;
                }
                continue;
            }
            if (fenceMatch.find()) {
                fence = fenceMatch.group(1);
                continue;
            }
            if (inPre || PRE_OPEN.matcher(line).find()) {
                inPre = !PRE_CLOSE.matcher(line).find();
                continue;
            }
            boolean blank = line.isBlank();
            inIndentedCode = !blank && INDENTED.matcher(line).find() && (afterBlank || inIndentedCode);
            afterBlank = blank;
            if (!inIndentedCode && !blank) {
                segments.add(new Segment(i + 1, line, 0, line.length(), List.of()));
            }
        }
        return segments;
    }

    private static Optional<Segment> frontMatterLine(int number, String line) {
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.find() || !PROSE_KEYS.contains(m.group(1))) {
            return Optional.empty();
        }
        int from = m.start(2);
        int to = m.end(2);
        String value = m.group(2);
        List<int[]> exempt = new ArrayList<>();
        char quote = value.charAt(0);
        if ((quote == '"' || quote == '\'') && value.length() > 1 && value.charAt(value.length() - 1) == quote) {
            exempt.add(new int[] {from, from + 1});
            exempt.add(new int[] {to - 1, to});
            for (int k = from + 1; k < to - 1; k++) {
                char c = line.charAt(k);
                if (quote == '"' && c == '\\' || quote == '\'' && c == '\'' || c == '"') {
                    // YAML escapes and quotes inside a quoted value: changing them could break the YAML
                    exempt.add(new int[] {k, k + 2});
                }
            }
        } else if (quote == '[' || quote == '{' || quote == '>' || quote == '|') {
            return Optional.empty();
        }
        return Optional.of(new Segment(number, line, from, to, exempt));
    }

    private static boolean isFrontMatterFence(String line) {
        return stripCr(line).stripTrailing().equals("---");
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
