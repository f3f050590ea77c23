package org.dozaban.ingest;

import org.dozaban.text.ScriptCounts;
import org.dozaban.text.Scripts;

import java.util.regex.Pattern;

/**
 * Tells Arabic lines from Persian ones, so Persian letter unification never touches Arabic. A line is
 * Arabic when Arabic-only marks outnumber Persian-only ones, or when it has no Persian-only letter and
 * many of its words carry the Arabic article "ال".
 */
public final class ArabicText {

    private static final Pattern WORD = Pattern.compile("[\\p{IsArabic}\\u200C]+");
    private static final Pattern ARTICLE = Pattern.compile("^(?:[وفبلك])?ال\\p{IsArabic}{2,}");
    private static final double ARTICLE_SHARE = 0.25;

    private ArabicText() {
    }

    /** Whether {@code text} reads as Arabic rather than Persian. */
    public static boolean isArabic(String text) {
        ScriptCounts counts = Scripts.count(text);
        if (counts.arabicScript() == 0) {
            return false;
        }
        if (counts.arabicMarks() > counts.persianMarks()) {
            return true;
        }
        return counts.persianMarks() == 0 && articleShare(text) >= ARTICLE_SHARE;
    }

    private static double articleShare(String text) {
        var words = WORD.matcher(text).results().map(r -> r.group()).toList();
        if (words.isEmpty()) {
            return 0;
        }
        long withArticle = words.stream().filter(w -> ARTICLE.matcher(w).find()).count();
        return (double) withArticle / words.size();
    }

    /** Persian letters unified, line by line, leaving Arabic lines exactly as they are. */
    public static String unifyPersianLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0 || text.startsWith("\n")) {
                out.append('\n');
            }
            out.append(isArabic(line) ? line : org.dozaban.text.PersianText.unifyLetters(line));
        }
        return out.toString();
    }
}
