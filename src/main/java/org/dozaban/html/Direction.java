package org.dozaban.html;

import com.ibm.icu.text.Bidi;
import org.dozaban.text.Language;
import org.dozaban.text.ScriptCounts;
import org.dozaban.text.Scripts;

/**
 * Direction of short strings whose language is not known in advance: titles in lists, author and topic
 * names, search results inserted by templates. Decided by counting letters per script, unlike
 * {@code dir="auto"}, which follows the first strong character and so reads "IBM شرکتی بزرگ است" as left
 * to right. Stateless and thread-safe.
 */
public final class Direction {

    /** RIGHT-TO-LEFT MARK: gives a right-to-left title that starts with a Latin word its direction. */
    public static final String RLM = "\u200F";

    private Direction() {
    }

    /**
     * {@code "rtl"} when Arabic-script letters outnumber Latin ones, {@code "ltr"} when they do not,
     * {@code "auto"} when the text has no letters at all; usable as a {@code dir} value as it is.
     */
    public static String of(CharSequence text) {
        ScriptCounts counts = Scripts.count(text);
        if (counts.letters() == 0) {
            return "auto";
        }
        return counts.arabicScript() > counts.latin() ? "rtl" : "ltr";
    }

    /**
     * The language to put beside {@link #of}: {@code "fa"} or {@code "ar"} for Arabic-script text,
     * {@code "en"} for Latin, {@code fallback} when the text has no letters.
     */
    public static String language(CharSequence text, String fallback) {
        return Scripts.majorityLanguage(text, fallback);
    }

    /**
     * A {@code <title>} text for a page in {@code pageLang}: on a right-to-left page a title whose first
     * strong character is left to right gets a leading {@link #RLM}, so the tab and history show it
     * right to left (a {@code <title>} takes no markup).
     */
    public static String title(String title, String pageLang) {
        boolean startsLeftToRight = Bidi.getBaseDirection(title) == Bidi.LTR;
        return Language.isRightToLeft(pageLang) && startsLeftToRight ? RLM + title : title;
    }
}
