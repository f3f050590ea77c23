package org.dozaban.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a line of Markdown that no rule may touch: code spans, autolinks, bare URLs and e-mail
 * addresses, link destinations and reference definitions, HTML tags and comments, footnote labels,
 * attribute blocks, backslash escapes, ordered-list markers, Latin words, and quotes without Persian.
 */
final class ExemptSpans {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(`+).*?\\1"),
            Pattern.compile("<(?:https?|ftp|mailto):[^>\\s]*>"),
            Pattern.compile("(?:https?|ftp)://\\S+|www\\.\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
            Pattern.compile("\\]\\([^)]*\\)"),
            Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S.*$"),
            Pattern.compile("<!--.*?(?:-->|$)|</?[A-Za-z][^>]*>"),
            Pattern.compile("\\[\\^[^\\]]*\\]"),
            Pattern.compile("\\{[^}\\n]*\\}"),
            Pattern.compile("\\\\\\p{Punct}"),
            Pattern.compile("^\\s*\\d+[.)](?=\\s|$)"),
            Pattern.compile("\\p{IsLatin}(?:[\\p{IsLatin}\\p{Nd}_'’-]|\\.(?=\\p{IsLatin}))*"),
            Pattern.compile("\"[^\"\\p{IsArabic}\\n]*\""));

    private final List<int[]> spans;

    private ExemptSpans(List<int[]> spans) {
        this.spans = spans;
    }

    /** The exempt spans of {@code line}, as char offsets. */
    static ExemptSpans of(String line) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                if (m.end() > m.start()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        return new ExemptSpans(spans);
    }

    /** A span covering everything from {@code start} to {@code end}. */
    ExemptSpans plus(int start, int end) {
        List<int[]> more = new ArrayList<>(spans);
        more.add(new int[] {start, end});
        return new ExemptSpans(more);
    }

    /** Whether {@code [start, end)} overlaps an exempt span. */
    boolean overlaps(int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }
}
