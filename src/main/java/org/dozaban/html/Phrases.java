package org.dozaban.html;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a paragraph that run against its direction. The Unicode bidi algorithm (with
 * the paragraph level given, never guessed) finds the embedded runs; each run is trimmed to its strong
 * characters, then grown to the word around it, so {@code C++}, {@code (IBM)} and {@code Yahoo!News}
 * stay whole while sentence punctuation and quotes stay outside. Digits alone are weak and display
 * correctly in either direction, so they are left alone, except a number before a Latin unit
 * ({@code 5 km}) and sums such as {@code 1+5}.
 */
final class Phrases {

    /** Stands for an element kept out of the paragraph's runs (code, images); stops a phrase's growth. */
    static final char OBJECT = '\uFFFC';

    /** Ends a bidi paragraph: a nested block or a line break. */
    static final char BREAK = '\n';

    private static final String EDGE_PUNCTUATION = ".,;:!?…،؛؟\"'«»“”‘’‹›„";
    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";
    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';

    private static final Pattern SUM = Pattern.compile("(?<![\\p{L}\\p{N}])[0-9]+(?:\\+[0-9]+)+(?![\\p{L}\\p{N}])");
    private static final String NUMBER_SEPARATORS = ".,\u066B\u066C";

    /** Latin units that belong with the number before them. */
    private static final Set<String> UNITS = Set.of("km", "m", "cm", "mm", "mi", "ft", "kg", "g", "mg", "t",
            "l", "ml", "km/h", "mph", "kph", "W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "Hz", "kHz",
            "MHz", "GHz", "kB", "KB", "MB", "GB", "TB", "kbps", "Mbps", "Gbps", "ppm", "bpd", "bbl", "USD",
            "EUR", "GBP", "pH", "°C", "°F");

    private Phrases() {
    }

    /** The opposite-direction phrases of {@code text}, in order, not overlapping. */
    static List<Phrase> find(String text, boolean rtl) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Phrase> found = new ArrayList<>(embeddedRuns(text, rtl));
        if (rtl) {
            found.addAll(sums(text));
        }
        found.sort(Comparator.comparingInt(Phrase::start));
        List<Phrase> merged = new ArrayList<>();
        for (Phrase phrase : found) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).overlaps(phrase)) {
                merged.set(last, merged.get(last).union(phrase));
            } else {
                merged.add(phrase);
            }
        }
        return merged;
    }

    /**
     * The phrases of the runs the bidi algorithm embeds. Every phrase holds a strong character against the
     * paragraph's direction, so a paragraph without one (most of them) has none, and the algorithm is not
     * run over it.
     */
    static List<Phrase> embeddedRuns(String text, boolean rtl) {
        return hasStrongAgainst(text, rtl) ? embeddedRunsByBidi(text, rtl) : List.of();
    }

    /** Whether {@code text} has a character strong in the direction against a paragraph's ({@code rtl} or not). */
    private static boolean hasStrongAgainst(String text, boolean rtl) {
        boolean[] ascii = rtl ? ASCII_LTR : ASCII_RTL;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (ascii[c]) {
                    return true;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (isStrong(cp, rtl)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Per ASCII character: whether it is strong left to right, and right to left, as {@link #isStrong} says. */
    private static final boolean[] ASCII_LTR = asciiStrong(true);
    private static final boolean[] ASCII_RTL = asciiStrong(false);

    private static boolean[] asciiStrong(boolean ltr) {
        boolean[] strong = new boolean[0x80];
        for (int c = 0; c < strong.length; c++) {
            strong[c] = isStrong(c, ltr);
        }
        return strong;
    }

    /** One bidi object per thread, its arrays kept from one paragraph to the next. */
    private static final ThreadLocal<Bidi> BIDI = ThreadLocal.withInitial(Bidi::new);

    /** {@link #embeddedRuns}, always running the bidi algorithm. */
    static List<Phrase> embeddedRunsByBidi(String text, boolean rtl) {
        Bidi bidi = BIDI.get();
        byte base = rtl ? Bidi.RTL : Bidi.LTR;
        bidi.setPara(text, base, null);
        List<Phrase> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (bidi.getLevelAt(i) <= base) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && bidi.getLevelAt(end) > base) {
                end++;
            }
            phrase(text, i, end, rtl).ifPresent(found::add);
            i = end;
        }
        return found;
    }

    /**
     * Sums of ASCII digits such as {@code 1+5}. Next to Persian letters such digits count as Arabic
     * numbers, which the bidi algorithm lays out one by one (showing {@code 5+1}); isolated, they read
     * as typed.
     */
    private static List<Phrase> sums(String text) {
        if (text.indexOf('+') < 0) {
            // no sum without a plus sign: most paragraphs are not searched for one
            return List.of();
        }
        List<Phrase> found = new ArrayList<>();
        Matcher m = SUM.matcher(text);
        while (m.find()) {
            found.add(new Phrase(m.start(), m.end(), true));
        }
        return found;
    }

    /** The phrase made of the embedded run {@code [start, end)}, if it holds any strong character. */
    private static Optional<Phrase> phrase(String text, int start, int end, boolean rtl) {
        int first = -1;
        int last = -1;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isStrong(cp, rtl)) {
                first = first < 0 ? i : first;
                last = next;
            } else if (first >= 0 && UCharacter.isDigit(cp)) {
                last = next;
            }
            i = next;
        }
        if (first < 0) {
            return Optional.empty();
        }
        int s = first;
        int e = last;
        while (s > 0 && attached(text.charAt(s - 1), rtl)) {
            s--;
        }
        while (e < text.length() && attached(text.charAt(e), rtl)) {
            e++;
        }
        int[] trimmed = trim(text, s, e);
        s = rtl ? withNumber(text, trimmed[0], trimmed[1]) : trimmed[0];
        return Optional.of(new Phrase(s, trimmed[1], false));
    }

    /** Whether {@code c} joins the word next to it: not a space, break, object or letter of the paragraph. */
    private static boolean attached(char c, boolean rtl) {
        return !UCharacter.isUWhiteSpace(c) && c != BREAK && c != OBJECT && c != ZWNJ && c != ZWJ
                && !isStrong(c, !rtl);
    }

    /** Drops edge punctuation and quotes, and brackets whose partner is outside, until nothing changes. */
    private static int[] trim(String text, int start, int end) {
        int s = start;
        int e = end;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            if (EDGE_PUNCTUATION.indexOf(text.charAt(s)) >= 0 || unmatchedOpener(text, s, e)) {
                s++;
                changed = true;
            } else if (EDGE_PUNCTUATION.indexOf(text.charAt(e - 1)) >= 0 && !abbreviation(text, s, e)
                    || unmatchedCloser(text, s, e)) {
                e--;
                changed = true;
            }
        }
        return new int[] {s, e};
    }

    /** {@code U.S.} and {@code e.g.} keep their last full stop. */
    private static boolean abbreviation(String text, int s, int e) {
        return e - s >= 4 && text.charAt(e - 1) == '.' && text.charAt(e - 3) == '.';
    }

    private static boolean unmatchedOpener(String text, int s, int e) {
        int kind = OPENERS.indexOf(text.charAt(s));
        if (kind < 0) {
            return false;
        }
        int closer = text.indexOf(CLOSERS.charAt(kind), s + 1);
        return closer < 0 || closer >= e;
    }

    private static boolean unmatchedCloser(String text, int s, int e) {
        int kind = CLOSERS.indexOf(text.charAt(e - 1));
        if (kind < 0) {
            return false;
        }
        int opener = text.lastIndexOf(OPENERS.charAt(kind), e - 2);
        return opener < s;
    }

    /** Takes in the number before a unit ({@code 5 km}); a longer phrase after a number stays apart. */
    private static int withNumber(String text, int start, int end) {
        if (!UNITS.contains(text.substring(start, end)) || start < 2 || !isSpace(text.charAt(start - 1))) {
            return start;
        }
        int from = start - 1;
        while (from > 0 && isNumberPart(text.charAt(from - 1))) {
            from--;
        }
        while (from < start - 1 && !UCharacter.isDigit(text.charAt(from))) {
            from++;
        }
        boolean standsAlone = from == 0 || !UCharacter.isLetter(text.charAt(from - 1));
        return from < start - 1 && standsAlone ? from : start;
    }

    private static boolean isNumberPart(char c) {
        return UCharacter.isDigit(c) || NUMBER_SEPARATORS.indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    /** A strong character of the left-to-right ({@code ltr}) or right-to-left direction. */
    private static boolean isStrong(int cp, boolean ltr) {
        int dir = UCharacter.getDirection(cp);
        if (ltr) {
            return dir == UCharacterDirection.LEFT_TO_RIGHT;
        }
        return dir == UCharacterDirection.RIGHT_TO_LEFT || dir == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
    }
}
