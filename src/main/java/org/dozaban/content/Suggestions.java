package org.dozaban.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** "Did you mean" hints: finds the known words closest to a misspelt one. */
public final class Suggestions {

    /** How many known words a hint lists before it stops with an ellipsis. */
    private static final int MAX_LISTED = 8;

    private Suggestions() {
    }

    /**
     * A hint naming the known words close enough to {@code word} to be a likely typo, then all the
     * known words in the order given. For short, fixed lists such as keys.
     *
     * @param label what the known words are, e.g. "known keys"
     */
    public static String hint(String word, List<String> known, String label) {
        return didYouMean(word, known) + label + ": " + String.join(", ", known);
    }

    /**
     * Like {@link #hint}, but lists the known words closest first and at most {@value #MAX_LISTED} of
     * them, for lists that grow, such as topics.
     */
    static String hintNearest(String word, Collection<String> known, String label) {
        if (known.isEmpty()) {
            return "there are no " + label + " yet";
        }
        List<String> ranked = known.stream()
                .sorted(Comparator.comparingInt((String k) -> distance(word, k)).thenComparing(k -> k))
                .toList();
        String listed = String.join(", ", ranked.subList(0, Math.min(MAX_LISTED, ranked.size())))
                + (ranked.size() > MAX_LISTED ? ", …" : "");
        return didYouMean(word, known) + label + ": " + listed;
    }

    /** "did you mean "iraq"? " naming every known word nearest to {@code word}, or "" when none is near. */
    private static String didYouMean(String word, Collection<String> known) {
        List<String> nearest = closest(word, known);
        if (nearest.isEmpty()) {
            return "";
        }
        return "did you mean " + nearest.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(" or "))
                + "? ";
    }

    /** The known words nearest to {@code word}, sorted, when they are within a typo's distance. */
    static List<String> closest(String word, Collection<String> known) {
        int allowed = Math.max(1, word.length() / 3);
        int best = known.stream().mapToInt(k -> distance(word, k)).min().orElse(Integer.MAX_VALUE);
        if (best > allowed) {
            return List.of();
        }
        return known.stream().filter(k -> distance(word, k) == best).sorted().toList();
    }

    /**
     * Case-insensitive edit distance counting insertions, deletions, substitutions and swaps of two
     * neighbouring letters (optimal string alignment), since swapped letters are the commonest typo.
     */
    static int distance(String first, String second) {
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
