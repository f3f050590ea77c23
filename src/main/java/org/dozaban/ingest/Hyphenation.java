package org.dozaban.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at the end of a wrapped line is part of a compound (Shia-dominated,
 * self-reliant, Syrian-Syrian) or was added by the typesetter to break a word (gov- ernment).
 */
public final class Hyphenation {

    private static final Pattern TAIL = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern HEAD = Pattern.compile("^(\\p{L}+)");

    /** First elements that form compounds with a hyphen rather than prefixes joined to the word. */
    private static final Set<String> COMPOUND_FIRST = Set.of(
            "self", "ex", "all", "well", "half", "cross", "quasi", "so", "long", "short", "full", "near", "much");

    /** Second elements that usually close a hyphenated compound (x-led, x-backed, power-sharing). */
    private static final Set<String> COMPOUND_LAST = Set.of(
            "led", "backed", "based", "run", "owned", "linked", "style", "like", "born", "old", "term", "scale",
            "wide", "free", "related", "oriented", "sponsored", "funded", "supported", "dominated", "controlled",
            "speaking", "sharing", "making", "inspired", "affiliated", "aligned", "allied", "friendly", "era",
            "majority", "minority", "level", "time", "year", "day", "month", "party", "state", "war");

    private Hyphenation() {
    }

    /** Whether {@code text} ends with a letter and a single hyphen. */
    public static boolean endsHyphenated(String text) {
        return TAIL.matcher(text).find() && !text.endsWith("--");
    }

    /** Whether {@code line} starts with a letter. */
    public static boolean startsWord(String line) {
        return !line.isEmpty() && Character.isLetter(line.codePointAt(0));
    }

    /**
     * Whether the hyphen ending {@code before} stays when {@code after} is appended. Evidence from the
     * document wins; then a capital after the hyphen, a known compound element, or a capitalized first part
     * with a participle keep it; otherwise the hyphen was a line-break hyphen.
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
        if (lexicon.compounds().contains(leftLower + "-" + rightLower)) {
            return true;
        }
        if (lexicon.words().contains(leftLower + rightLower)) {
            return false;
        }
        if (Character.isUpperCase(right.codePointAt(0))) {
            return true;
        }
        if (COMPOUND_FIRST.contains(leftLower) || COMPOUND_LAST.contains(rightLower)) {
            return true;
        }
        return Character.isUpperCase(left.codePointAt(0)) && rightLower.length() > 3 && rightLower.endsWith("ed");
    }
}
