package org.dozaban.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one definition of how text becomes search terms, for the index and for queries alike. The
 * browser's script reads the same tables ({@link #folds()}, {@link #joiningPrefixes()},
 * {@link #joiningSuffixes()}, {@link Stemmer#rules()}) from the index manifest, and a browser test
 * checks both sides on the same strings.
 *
 * <p>Steps: Unicode NFKD (presentation forms to letters, hamza and madda split off their carrier
 * letters, accents split off Latin letters), lower case, then each character through {@link #folds()}:
 * Arabic yeh, alef maksura and kaf to the Persian letters, teh marbuta and heh variants to heh, alef
 * variants to alef, diacritics, tatweel, hamza and invisible marks removed, Persian and Arabic-Indic
 * digits to ASCII. Words are runs of letters, marks and digits; a ZWNJ between two runs joins them
 * into one compound word.
 */
public final class SearchText {

    /** ZERO WIDTH NON-JOINER, which joins the parts of a Persian compound word. */
    public static final char ZWNJ = '\u200C';

    /** Terms shorter than this are neither indexed nor searched. */
    public static final int MIN_TERM = 2;

    private static final Map<Integer, String> FOLDS = buildFolds();

    /** {@link #FOLDS} by code point, for the code points up to the last it has; null where it has none. */
    private static final String[] FOLD_TABLE = foldTable(FOLDS);

    /** Persian prefixes written apart, joined or with ZWNJ: می‌خواهم, می خواهم, میخواهم. */
    private static final List<String> JOINING_PREFIXES = List.of(fold("می"), fold("نمی"));

    /** Persian suffixes written apart, joined or with ZWNJ: کتاب‌ها, کتاب ها, کتابها. */
    private static final List<String> JOINING_SUFFIXES =
            List.of(fold("ها"), fold("های"), fold("هایی"), fold("تر"), fold("ترین"));

    private SearchText() {
    }

    /**
     * A compound word: its parts as separated by ZWNJ (one part for a plain word), each a run of letters,
     * marks and digits, already folded.
     */
    public static final class Word {
        private final List<String> parts;
        private final String joined;

        public Word(List<String> parts) {
            this.parts = List.copyOf(parts);
            this.joined = parts.size() == 1 ? parts.get(0) : String.join("", parts);
        }

        public List<String> parts() {
            return parts;
        }

        /** The parts written together, the form any spelling of the word is found under. */
        public String joined() {
            return joined;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Word word && word.parts.equals(parts);
        }

        @Override
        public int hashCode() {
            return parts.hashCode();
        }

        @Override
        public String toString() {
            return "Word" + parts;
        }
    }

    /** The character table: code point to its replacement, the empty string to remove it. */
    public static Map<Integer, String> folds() {
        return Collections.unmodifiableMap(FOLDS);
    }

    public static List<String> joiningPrefixes() {
        return JOINING_PREFIXES;
    }

    public static List<String> joiningSuffixes() {
        return JOINING_SUFFIXES;
    }

    /** NFKD, lower case, then {@link #folds()}; ZWNJ is kept. */
    public static String fold(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            String replacement = cp < FOLD_TABLE.length ? FOLD_TABLE[cp] : null;
            if (replacement == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(replacement);
            }
        }
        return out.toString();
    }

    private static String[] foldTable(Map<Integer, String> folds) {
        String[] table = new String[folds.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        folds.forEach((cp, replacement) -> table[cp] = replacement);
        return table;
    }

    /** Whether a folded code point belongs to a word: a letter, a mark or a number. */
    public static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The words of {@code text}, folded, in order. */
    public static List<Word> words(String text) {
        String folded = fold(text);
        List<Word> words = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        // where the part being read starts in the folded text, or -1 between parts: a part is a run of
        // word characters, so it is cut out of the text rather than copied character by character
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int at = i;
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = at;
                }
            } else if (cp == ZWNJ && start >= 0) {
                parts.add(folded.substring(start, at));
                start = -1;
            } else if (cp != ZWNJ || parts.isEmpty()) {
                endWord(words, parts, folded, start, at);
                start = -1;
            }
        }
        endWord(words, parts, folded, start, folded.length());
        return words;
    }

    /** Ends the word whose last part, if any, is {@code folded[start, end)}. */
    private static void endWord(List<Word> words, List<String> parts, String folded, int start, int end) {
        if (start >= 0) {
            parts.add(folded.substring(start, end));
        }
        if (!parts.isEmpty()) {
            words.add(new Word(parts));
        }
        parts.clear();
    }

    /**
     * The terms a text is indexed under, in order, repeats kept: each word joined and, for compounds,
     * each part; a joining prefix or suffix written apart also joined to its neighbour. Latin words
     * are stemmed.
     */
    public static List<String> indexTerms(String text) {
        List<Word> words = words(text);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            add(terms, word.joined());
            if (word.parts().size() > 1) {
                word.parts().forEach(part -> add(terms, part));
            }
            if (i + 1 < words.size() && joins(word, words.get(i + 1))) {
                add(terms, word.joined() + words.get(i + 1).joined());
            }
        }
        return terms;
    }

    /**
     * The terms of a query, each of which a matching document must have: words joined across ZWNJ,
     * and across a space where a joining prefix or suffix stands apart. Latin words are stemmed.
     */
    public static List<String> queryTerms(String query) {
        List<String> terms = new ArrayList<>();
        for (String word : queryWords(query)) {
            add(terms, word);
        }
        return terms;
    }

    /** The words of a query as searched, before stemming: joined where the index joins them. */
    public static List<String> queryWords(String query) {
        List<Word> words = words(query);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String joined = words.get(i).joined();
            while (i + 1 < words.size() && joins(words.get(i), words.get(i + 1))) {
                joined += words.get(++i).joined();
            }
            out.add(joined);
        }
        return out;
    }

    private static boolean joins(Word left, Word right) {
        return JOINING_PREFIXES.contains(left.joined()) || JOINING_SUFFIXES.contains(right.joined());
    }

    private static void add(List<String> terms, String word) {
        String term = Stemmer.stem(word);
        if (term.codePointCount(0, term.length()) >= MIN_TERM) {
            terms.add(term);
        }
    }

    private static Map<Integer, String> buildFolds() {
        Map<Integer, String> folds = new TreeMap<>();
        removeRange(folds, 0x0300, 0x036F);  // combining accents split off Latin letters by NFKD
        removeRange(folds, 0x064B, 0x065F);  // harakat, hamza above and below, madda
        for (int cp : new int[] {0x0670, 0x0640, 0x0621, 0x00AD, 0x200B, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF}) {
            folds.put(cp, "");  // superscript alef, tatweel, lone hamza, soft hyphen, invisible marks
        }
        map(folds, "\u06CC", 0x064A, 0x0649, 0x06D0);         // Arabic yeh, alef maksura → Persian yeh
        map(folds, "\u06A9", 0x0643, 0x06AA);                 // Arabic kaf, swash kaf → keheh
        map(folds, "\u0647", 0x0629, 0x06C1, 0x06D5, 0x06BE); // teh marbuta, heh goal, ae, heh doachashmee → heh
        map(folds, "\u0627", 0x0671, 0x0672, 0x0673, 0x0675); // alef wasla and hamza forms → alef
        map(folds, "\u0648", 0x0676);                         // high hamza waw → waw
        for (int d = 0; d <= 9; d++) {
            folds.put(0x06F0 + d, String.valueOf(d));          // Persian digits
            folds.put(0x0660 + d, String.valueOf(d));          // Arabic-Indic digits
        }
        return folds;
    }

    private static void removeRange(Map<Integer, String> folds, int from, int to) {
        for (int cp = from; cp <= to; cp++) {
            folds.put(cp, "");
        }
    }

    private static void map(Map<Integer, String> folds, String to, int... from) {
        for (int cp : from) {
            folds.put(cp, to);
        }
    }
}
