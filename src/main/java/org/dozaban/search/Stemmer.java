package org.dozaban.search;

import java.util.List;

/**
 * A light English stemmer for search terms: plural endings, then "-ing" and "-ed" (undoubling the
 * consonant left: running → run), then a final "e" (make, making → mak). It conflates forms of a word
 * rather than finding its dictionary form; the index and the query agree because both use it. It
 * touches only words of the letters a–z; the rules are data, which the browser's script applies as
 * they are.
 */
public final class Stemmer {

    /**
     * One rule: a word ending in {@code suffix}, and in none of {@code unless}, with at least
     * {@code minStem} letters before the suffix, has the suffix replaced by {@code replacement}.
     *
     * @param undouble whether a doubled final consonant (except l, s, z) left by the rule is halved
     */
    public record Rule(String suffix, String replacement, int minStem, List<String> unless, boolean undouble) {

        public Rule {
            unless = List.copyOf(unless);
        }
    }

    /** Each step applies its first matching rule, if any; the steps run in order. */
    private static final List<List<Rule>> STEPS = List.of(
            List.of(new Rule("ies", "y", 2, List.of("eies", "aies"), false),
                    new Rule("es", "e", 2, List.of("aes", "ees", "oes"), false),
                    new Rule("s", "", 2, List.of("us", "ss", "is"), false)),
            List.of(new Rule("ing", "", 3, List.of(), true),
                    new Rule("ed", "", 3, List.of(), true)),
            List.of(new Rule("e", "", 3, List.of(), false)));

    /** The last letter of each rule's suffix. */
    private static final String LAST_LETTERS = lastLetters();

    private Stemmer() {
    }

    public static List<List<Rule>> rules() {
        return STEPS;
    }

    /** The stem of a folded word; words with anything but a–z are returned as they are. */
    public static String stem(String word) {
        if (word.isEmpty() || LAST_LETTERS.indexOf(word.charAt(word.length() - 1)) < 0) {
            // no rule's suffix ends as the word does, in any step, since no step changes it
            return word;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return word;
            }
        }
        String stem = word;
        for (List<Rule> step : STEPS) {
            for (Rule rule : step) {
                if (applies(rule, stem)) {
                    stem = stem.substring(0, stem.length() - rule.suffix().length()) + rule.replacement();
                    if (rule.undouble()) {
                        stem = undouble(stem);
                    }
                    break;
                }
            }
        }
        return stem;
    }

    private static String lastLetters() {
        StringBuilder letters = new StringBuilder();
        for (List<Rule> step : STEPS) {
            for (Rule rule : step) {
                if (rule.suffix().isEmpty()) {
                    throw new IllegalStateException("a stemming rule with no suffix");
                }
                letters.append(rule.suffix().charAt(rule.suffix().length() - 1));
            }
        }
        return letters.toString();
    }

    private static boolean applies(Rule rule, String word) {
        if (!word.endsWith(rule.suffix()) || word.length() - rule.suffix().length() < rule.minStem()) {
            return false;
        }
        for (String ending : rule.unless()) {
            if (word.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiouylsz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
