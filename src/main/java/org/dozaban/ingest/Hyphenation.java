package org.dozaban.ingest;

import java.util.Locale;
import java.util.Set;
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
    private static final Set<String> COMPOUND_FIRST = Set.of("self", "well", "half", "cross", "quasi", "pseudo");
    private static final int MIN_COMPOUND_TAIL = 4;

    /**
     * Second elements that close hyphenated compounds (power-sharing, state-sponsored) and are not the
     * tail of a common word broken at a syllable.
     */
    private static final Set<String> COMPOUND_LAST = Set.of(
            "backed", "based", "owned", "linked", "style", "scale", "wide", "related", "oriented", "sponsored",
            "funded", "supported", "dominated", "controlled", "speaking", "sharing", "making", "inspired",
            "affiliated", "aligned", "allied", "friendly", "majority", "minority", "level", "term", "year",
            "month", "populated", "equipped", "armed", "trained", "seeking", "ridden", "torn", "stricken");

    /** Shorter first elements (re-, co-, de-) also begin words broken at a syllable: no evidence of style. */
    private static final int MIN_STYLED_PREFIX = 4;

    /** Tens that English always joins to a unit with a hyphen (twenty-five, forty-first). */
    private static final Set<String> TENS = Set.of(
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Set<String> UNITS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

    /**
     * Compounds written with a hyphen whose parts a typesetter could also have split a word into
     * (so-called, far-reaching), and spans of time used as adjectives (decades-long).
     */
    private static final Set<String> WHOLE_COMPOUNDS = Set.of(
            "so-called", "far-reaching", "long-standing", "short-lived", "long-term", "short-term",
            "hard-line", "full-scale", "large-scale", "small-scale", "high-level", "low-level", "much-needed",
            "long-awaited", "hard-won", "left-wing", "right-wing", "hand-picked", "ill-fated");
    private static final Pattern TIME_SPAN = Pattern.compile("(?:hours|days|weeks|months|years|decades|centuries)-long");
    /** "then-president": the office someone held at the time. */
    private static final String THEN = "then";

    /** Tails that close a compound after a capitalized first element (US-led, Saudi-run). */
    private static final Set<String> PROPER_COMPOUND_LAST = Set.of("led", "run", "era", "style", "like");

    private Hyphenation() {
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
        if (WHOLE_COMPOUNDS.contains(compound) || TIME_SPAN.matcher(compound).matches() || THEN.equals(leftLower)
                || TENS.contains(leftLower) && UNITS.contains(rightLower)
                || leftLower.length() >= MIN_STYLED_PREFIX
                && lexicon.compounds().stream().anyMatch(c -> c.startsWith(leftLower + "-"))) {
            return true;
        }
        if (Character.isUpperCase(right.codePointAt(0))) {
            return true;
        }
        if (COMPOUND_FIRST.contains(leftLower) && rightLower.length() >= MIN_COMPOUND_TAIL
                || COMPOUND_LAST.contains(rightLower)) {
            return true;
        }
        boolean properFirst = Character.isUpperCase(left.codePointAt(0));
        return properFirst && (PROPER_COMPOUND_LAST.contains(rightLower)
                || rightLower.length() > 3 && rightLower.endsWith("ed"));
    }
}
