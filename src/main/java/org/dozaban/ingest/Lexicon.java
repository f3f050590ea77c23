package org.dozaban.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a document spells out in full, lower-cased: the evidence for deciding whether a hyphen at a
 * line end belongs to the word. Only words inside lines count, so a broken word is not its own evidence.
 *
 * @param words     words written without a hyphen
 * @param compounds hyphenated compounds written inside a line
 */
public record Lexicon(Set<String> words, Set<String> compounds) {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    public Lexicon {
        words = Set.copyOf(words);
        compounds = Set.copyOf(compounds);
    }

    /** Collects the words of {@code text}, skipping a word cut by a hyphen at a line end. */
    public static Lexicon of(String text) {
        Set<String> words = new TreeSet<>();
        Set<String> compounds = new TreeSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            boolean cut = text.startsWith("-\n", m.end()) || text.startsWith("-\r", m.end());
            String token = m.group().toLowerCase(Locale.ROOT);
            if (cut) {
                continue;
            }
            if (token.indexOf('-') >= 0) {
                compounds.add(token);
            } else {
                words.add(token);
            }
        }
        return new Lexicon(words, compounds);
    }

    /** An empty lexicon: no evidence either way. */
    public static Lexicon empty() {
        return new Lexicon(Set.of(), Set.of());
    }
}
