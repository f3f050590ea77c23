package org.dozaban.text;

import java.text.Normalizer;

/** Normalization of text known to be Persian. Never apply it to Arabic text. */
public final class PersianText {

    private PersianText() {
    }

    /**
     * Unifies letters that Arabic keyboards produce for Persian ones: ARABIC YEH (U+064A) and ALEF
     * MAKSURA (U+0649) to FARSI YEH (U+06CC), ARABIC KAF (U+0643) to KEHEH (U+06A9). Keeps ZWNJ,
     * diacritics and kashida.
     */
    public static String unifyLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '\u064A', '\u0649' -> '\u06CC';
                case '\u0643' -> '\u06A9';
                default -> c;
            });
        }
        return out.toString();
    }

    /** NFC, then {@link #unifyLetters}. */
    public static String normalize(String text) {
        return unifyLetters(Normalizer.normalize(text, Normalizer.Form.NFC));
    }
}
