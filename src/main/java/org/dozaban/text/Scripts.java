package org.dozaban.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

import java.util.Optional;

/**
 * Script counting and the language and direction decisions made from it. Direction is decided by
 * counting letters per script, never by the first strong character.
 */
public final class Scripts {

    /** Share of a block's letters another script needs before the block is flipped to it. */
    public static final double DOMINANCE = 0.8;

    private Scripts() {
    }

    private static final byte NOT_A_LETTER = 0;
    private static final byte LATIN = 1;
    private static final byte ARABIC = 2;
    private static final byte OTHER = 3;

    /** Added to a {@link #kind} in {@link #KINDS}: the code point is a {@link #isPersianMark Persian mark}. */
    private static final byte PERSIAN_MARK = 4;
    /** Added to a {@link #kind} in {@link #KINDS}: the code point is an {@link #isArabicMark Arabic mark}. */
    private static final byte ARABIC_MARK = 8;

    /**
     * {@link #kind} of the code points below U+0800 (Latin and Arabic among them), with their marks, found
     * once.
     */
    private static final byte[] KINDS = kinds(0x800);

    private static byte[] kinds(int below) {
        byte[] kinds = new byte[below];
        for (int cp = 0; cp < below; cp++) {
            kinds[cp] = (byte) (kind(cp) | (isPersianMark(cp) ? PERSIAN_MARK : 0) | (isArabicMark(cp) ? ARABIC_MARK : 0));
        }
        return kinds;
    }

    /** Whether a code point is a letter, and of which script family. */
    private static byte kind(int cp) {
        if (!UCharacter.isLetter(cp)) {
            return NOT_A_LETTER;
        }
        return switch (UScript.getScript(cp)) {
            case UScript.LATIN -> LATIN;
            case UScript.ARABIC -> ARABIC;
            default -> OTHER;
        };
    }

    /**
     * Counts the letters of {@code text} by script family, a unit at a time through {@link #KINDS}: nearly
     * every character of Persian and English text is below U+0800, and the others are looked at as code
     * points.
     */
    public static ScriptCounts count(CharSequence text) {
        String string = text.toString();
        int[] kinds = new int[4];
        int persian = 0;
        int arabicOnly = 0;
        for (int i = 0, n = string.length(); i < n; ) {
            char c = string.charAt(i);
            if (c < KINDS.length) {
                int kind = KINDS[c];
                kinds[kind & 3]++;
                persian += (kind >> 2) & 1;
                arabicOnly += (kind >> 3) & 1;
                i++;
            } else {
                int cp = string.codePointAt(i);
                i += Character.charCount(cp);
                kinds[kind(cp)]++;
                if (isPersianMark(cp)) {
                    persian++;
                } else if (isArabicMark(cp)) {
                    arabicOnly++;
                }
            }
        }
        return new ScriptCounts(kinds[LATIN], kinds[ARABIC], persian, arabicOnly, kinds[OTHER]);
    }

    /** Persian-only letters and digits: پ چ ژ گ ک ی and U+06F0–06F9. */
    static boolean isPersianMark(int cp) {
        return cp == 'پ' || cp == 'چ' || cp == 'ژ' || cp == 'گ' || cp == 'ک' || cp == 'ی'
                || (cp >= 0x06F0 && cp <= 0x06F9);
    }

    /** Arabic-only marks: TEH MARBUTA and Arabic-Indic digits U+0660–0669. */
    static boolean isArabicMark(int cp) {
        return cp == 'ة' || (cp >= 0x0660 && cp <= 0x0669);
    }

    /**
     * The language a text is mostly written in: "fa" or "ar" when Arabic-script letters dominate
     * (Persian unless only Arabic marks are present), "en" when Latin letters dominate, empty when the
     * text has no letters or no script dominates.
     */
    public static Optional<String> dominantLanguage(CharSequence text) {
        ScriptCounts counts = count(text);
        if (counts.letters() == 0) {
            return Optional.empty();
        }
        if (counts.arabicShare() >= DOMINANCE) {
            return Optional.of(arabicScriptLanguage(counts));
        }
        if (counts.latinShare() >= DOMINANCE) {
            return Optional.of(Language.ENGLISH.code());
        }
        return Optional.empty();
    }

    /** Persian or Arabic, for text already known to be in the Arabic script. */
    public static String arabicScriptLanguage(ScriptCounts counts) {
        return (counts.arabicMarks() > counts.persianMarks() ? Language.ARABIC : Language.PERSIAN).code();
    }

    /** The language whose script has the most letters: "en" for Latin, "fa"/"ar" for Arabic script. */
    public static String majorityLanguage(CharSequence text, String fallback) {
        ScriptCounts counts = count(text);
        if (counts.letters() == 0) {
            return fallback;
        }
        return counts.arabicScript() > counts.latin() ? arabicScriptLanguage(counts) : Language.ENGLISH.code();
    }
}
