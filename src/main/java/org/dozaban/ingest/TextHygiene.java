package org.dozaban.ingest;

import org.dozaban.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans decoded text before its blocks are read, keeping its lines where they are (so positions in
 * warnings and {@code --explain} stay those of the file):
 * <ul>
 *   <li>soft hyphens (U+00AD) and bidi controls (marks, embeddings, overrides, isolates) are removed;</li>
 *   <li>a no-break space becomes a space, or a zero-width non-joiner where it stands for one in Persian
 *       (after the prefix "می"/"نمی", before a suffix such as "ها" or "ترین"); one next to a space goes;</li>
 *   <li>a setext underline ({@code ===} or {@code ---} under a line) becomes an ATX heading mark on that
 *       line ({@code #} or {@code ##}) and the underline an empty line.</li>
 * </ul>
 */
final class TextHygiene {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C]");
    private static final Pattern NBSP = Pattern.compile("([^\\s\\u00A0]*)\\u00A0+([^\\s\\u00A0]*)");
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}\\u200C]+");
    private static final Vocabulary PREFIXES = Vocabulary.of("joining-prefixes", Language.PERSIAN.code());
    private static final Vocabulary SUFFIXES = Vocabulary.of("joining-suffixes", Language.PERSIAN.code());
    private static final Pattern UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final int MIN_UNDERLINE = 3;

    private TextHygiene() {
    }

    /** {@code text} cleaned, with the same number of lines. */
    static String clean(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        List<String> lines = new ArrayList<>(List.of(visible.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, spaces(lines.get(i)));
        }
        for (int i = 1; i < lines.size(); i++) {
            Matcher m = UNDERLINE.matcher(lines.get(i));
            String above = lines.get(i - 1);
            if (m.matches() && m.group(1).length() >= MIN_UNDERLINE && isSetextText(lines, i - 1)) {
                lines.set(i - 1, (m.group(1).charAt(0) == '=' ? "# " : "## ") + above.strip());
                lines.set(i, "");
            }
        }
        return String.join("\n", lines);
    }

    /** A single line of text after a blank line (or at the start): what a setext underline makes a heading. */
    private static boolean isSetextText(List<String> lines, int i) {
        String line = lines.get(i);
        return !line.isBlank() && (i == 0 || lines.get(i - 1).isBlank()) && !Reflow.isMarkdownStructure(line.strip())
                && !UNDERLINE.matcher(line).matches();
    }

    private static String spaces(String line) {
        if (line.indexOf('\u00A0') < 0) {
            return line;
        }
        Matcher m = NBSP.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(2);
            String joint;
            if (left.isEmpty() || right.isEmpty()) {
                joint = left.isEmpty() && right.isEmpty() ? " " : left.isEmpty() ? (m.start() == 0 ? "" : " ") : " ";
                if (left.isEmpty() && m.start() > 0 && Character.isWhitespace(line.charAt(m.start() - 1))) {
                    joint = "";
                }
                if (right.isEmpty() && m.end() < line.length() && Character.isWhitespace(line.charAt(m.end()))) {
                    joint = "";
                }
            } else {
                joint = isPersianJoint(left, right) ? "\u200C" : " ";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(left + joint + right));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]+$", line.endsWith("  ") && !line.endsWith("\u00A0") ? "  " : "");
    }

    /** Whether a no-break space between two words stands for a Persian ZWNJ ("می روند", "خانه ها"). */
    private static boolean isPersianJoint(String left, String right) {
        if (!ARABIC_WORD.matcher(left).find() || !ARABIC_WORD.matcher(right).find()) {
            return false;
        }
        String last = lastWord(left);
        String first = right.replaceAll("[^\\p{IsArabic}\\u200C].*$", "");
        return PREFIXES.isWhole(last) || SUFFIXES.isWhole(first);
    }

    private static String lastWord(String text) {
        Matcher m = ARABIC_WORD.matcher(text);
        String last = "";
        while (m.find()) {
            last = m.group();
        }
        return last;
    }
}
