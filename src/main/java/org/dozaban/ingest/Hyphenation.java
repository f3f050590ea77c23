package org.dozaban.ingest;

import org.dozaban.text.Language;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at the end of a wrapped line is part of a compound (army-backed,
 * self-made, French-German) or was added by the typesetter to break a word (gov- ernment).
 */
public final class Hyphenation {

    private static final Pattern TAIL = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern HEAD = Pattern.compile("^(\\p{L}+)");
    /** A compound of three or more parts (militia-cum-terrorist, state-of-the-art) broken at a hyphen. */
    private static final Pattern CHAINED_TAIL = Pattern.compile("\\p{L}-\\p{L}+-$");
    private static final Pattern CHAINED_HEAD = Pattern.compile("^\\p{L}+-\\p{L}");

    /**
     * First elements that form compounds with a hyphen (self-made), when what follows is a word of
     * {@value #MIN_COMPOUND_TAIL} letters or more (a typesetter breaks "selfish" as self-ish).
     */
    private static final Vocabulary COMPOUND_FIRST = english("hyphen-first-elements");
    private static final int MIN_COMPOUND_TAIL = 4;

    /**
     * Second elements that close hyphenated compounds (power-sharing, state-sponsored) and are not the
     * tail of a common word broken at a syllable.
     */
    private static final Vocabulary COMPOUND_LAST = english("hyphen-last-elements");

    /** Shorter first elements (re-, co-, de-) also begin words broken at a syllable: no evidence of style. */
    private static final int MIN_STYLED_PREFIX = 4;

    /** Tens that English always joins to a unit with a hyphen (twenty-five, forty-first). */
    private static final Vocabulary TENS = english("number-tens");
    private static final Vocabulary UNITS = english("number-units");

    /** Compounds written with a hyphen whose parts a typesetter could also have split a word into (so-called). */
    private static final Vocabulary WHOLE_COMPOUNDS = english("hyphen-compounds");
    /** Spans of time used as adjectives: decades-long. */
    private static final Vocabulary BEFORE_LONG = english("hyphen-before-long");
    private static final String LONG = "long";
    /** First elements that keep a hyphen before any word: then-president, the office held at the time. */
    private static final Vocabulary ALWAYS_FIRST = english("hyphen-always-first");

    /** Tails that close a compound after a capitalized first element (US-led, Saudi-run). */
    private static final Vocabulary PROPER_COMPOUND_LAST = english("hyphen-after-names");

    private Hyphenation() {
    }

    private static Vocabulary english(String name) {
        return Vocabulary.of(name, Language.ENGLISH.code());
    }

    /** Whether {@code text} ends with a letter and a single hyphen. */
    public static boolean endsHyphenated(String text) {
        return TAIL.matcher(text).find() && !text.endsWith("--");
    }

    /** Whether {@code line} starts with a letter or digit (pre- / 2003). */
    public static boolean startsWord(String line) {
        return !line.isEmpty() && Character.isLetterOrDigit(line.codePointAt(0));
    }

    /**
     * Whether the hyphen ending {@code before} stays when {@code after} is appended. Evidence from the
     * document wins, and a hyphen inside a longer compound stays; a common compound (so-called, decades-long,
     * then-president), a number (twenty-five) and a first element
     * the document hyphenates elsewhere (post-colonial, so post-war) keep it; then a capital after the hyphen, a known
     * compound element, or a capitalized first part with a participle keep it; otherwise the hyphen was a
     * line-break hyphen.
     */
    public static boolean keepsHyphen(String before, String after, Lexicon lexicon) {
        Matcher tail = TAIL.matcher(before);
        Matcher head = HEAD.matcher(after);
        if (!tail.find() || !head.find()) {
            return true;
        }
        String left = tail.group(1);
        String right = head.group(1);
        String leftLower = left.toLowerCase(Locale.ROOT);
        String rightLower = right.toLowerCase(Locale.ROOT);
        if (lexicon.compounds().contains(leftLower + "-" + rightLower)
                || CHAINED_TAIL.matcher(before).find() || CHAINED_HEAD.matcher(after).find()) {
            return true;
        }
        if (lexicon.words().contains(leftLower + rightLower)) {
            return false;
        }
        String compound = leftLower + "-" + rightLower;
        if (WHOLE_COMPOUNDS.isWhole(compound) || BEFORE_LONG.isWhole(leftLower) && LONG.equals(rightLower)
                || ALWAYS_FIRST.isWhole(leftLower) || TENS.isWhole(leftLower) && UNITS.isWhole(rightLower)
                || leftLower.length() >= MIN_STYLED_PREFIX
                && lexicon.compounds().stream().anyMatch(c -> c.startsWith(leftLower + "-"))) {
            return true;
        }
        if (Character.isUpperCase(right.codePointAt(0))) {
            return true;
        }
        if (COMPOUND_FIRST.isWhole(leftLower) && rightLower.length() >= MIN_COMPOUND_TAIL
                || COMPOUND_LAST.isWhole(rightLower)) {
            return true;
        }
        boolean properFirst = Character.isUpperCase(left.codePointAt(0));
        return properFirst && (PROPER_COMPOUND_LAST.isWhole(rightLower)
                || rightLower.length() > 3 && rightLower.endsWith("ed"));
    }
}
