package org.dozaban.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

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

    /** Marks in {@link #FOLDED}: noncharacters, which {@link #fold} itself folds the long way. */
    private static final char SLOW = '\uFFFF';
    private static final char REMOVED = '\uFFFE';

    /** Lower-cased by {@link String#toLowerCase} to a final or medial sigma, depending on the letters around it. */
    private static final char CAPITAL_SIGMA = '\u03A3';

    /** Lower-cased by {@link String#toLowerCase} to two characters, i and a combining dot. */
    private static final char CAPITAL_I_WITH_DOT = '\u0130';

    /** What each UTF-16 unit folds to, for text that needs no unit looked at in context. */
    private static final char[] FOLDED = foldedUnits();

    /** In {@link #FOLDS_TO}: a unit whose decomposition folds to more than one unit, kept in {@link #FOLDS_TO_MANY}. */
    private static final char MANY = '\uFFFD';

    /** In {@link #FOLDS_TO} and {@link #WORD_UNITS}: not yet worked out. */
    private static final char UNKNOWN = 0;

    /**
     * What each UTF-16 unit of a text not yet normalized folds to, its NFKD decomposition and all:
     * {@link #REMOVED}, {@link #MANY}, or {@link #SLOW} where the text has to be normalized as a whole
     * (a unit of {@link #FOLDED}'s slow ones, or a mark kept by the folds, which NFKD may reorder with
     * the marks beside it). Filled in as the units are met, as a text uses few of them: threads that
     * meet a unit at once work out the same value.
     */
    private static final char[] FOLDS_TO = new char[Character.MAX_VALUE + 1];

    /** Where {@link #FOLDS_TO} has {@link #MANY}: the units, or null while not yet seen by this thread. */
    private static final String[] FOLDS_TO_MANY = new String[Character.MAX_VALUE + 1];

    /**
     * For each UTF-16 unit, whether it belongs to a word once folded ({@link #isWordChar}): 2 if it does,
     * 1 if not, {@link #UNKNOWN} while not yet worked out. Surrogates are looked up as code points.
     */
    private static final byte[] WORD_UNITS = new byte[Character.MAX_VALUE + 1];

    /** Persian prefixes written apart, joined or with ZWNJ: می‌خواهم, می خواهم, میخواهم. */
    private static final List<String> JOINING_PREFIXES = List.of(fold("می"), fold("نمی"));

    /** Persian suffixes written apart, joined or with ZWNJ: کتاب‌ها, کتاب ها, کتابها. */
    private static final List<String> JOINING_SUFFIXES =
            List.of(fold("ها"), fold("های"), fold("هایی"), fold("تر"), fold("ترین"));

    /** The length of the longest joining prefix or suffix. */
    private static final int MAX_AFFIX = Stream.concat(JOINING_PREFIXES.stream(), JOINING_SUFFIXES.stream())
            .mapToInt(String::length).max().orElse(0);

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
        // unit by unit: NFKD decomposes each character on its own, then puts the marks after each letter in
        // a set order, which matters only for the marks the folds keep, for which this gives up
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = FOLDS_TO[c];
            if (folded == UNKNOWN) {
                folded = decomposedFold(c);
            }
            if (folded == SLOW) {
                return foldNormalized(text);
            }
            if (folded == MANY) {
                String many = FOLDS_TO_MANY[c];
                out.append(many != null ? many : decomposed(c));
            } else if (folded != REMOVED) {
                out.append(folded);
            }
        }
        return out.toString();
    }

    /** {@link #fold}, by the definition: the text normalized as a whole, then folded. */
    private static String foldNormalized(String text) {
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFKD) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); i++) {
            char folded = FOLDED[normal.charAt(i)];
            if (folded == SLOW) {
                // lower-cased in context (final sigma) or to more than one character (dotted capital I),
                // or a surrogate: the whole text the long way
                return foldSlowly(normal);
            }
            if (folded != REMOVED) {
                out.append(folded);
            }
        }
        return out.toString();
    }

    /**
     * What the unit {@code c} folds to, decomposed: one unit, {@link #REMOVED}, {@link #MANY} (the units put
     * in {@link #FOLDS_TO_MANY}), or {@link #SLOW}; recorded in {@link #FOLDS_TO}.
     */
    private static char decomposedFold(char c) {
        String units = decomposed(c);
        char folded;
        if (units == null) {
            folded = SLOW;
        } else if (units.length() == 1 && units.charAt(0) != MANY) {
            folded = units.charAt(0);
        } else if (units.isEmpty()) {
            folded = REMOVED;
        } else {
            FOLDS_TO_MANY[c] = units;
            folded = MANY;
        }
        FOLDS_TO[c] = folded;
        return folded;
    }

    /** The units {@code c}'s NFKD decomposition folds to, or null when it is {@link #SLOW}. */
    private static String decomposed(char c) {
        if (Character.isSurrogate(c)) {
            return null;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char unit = decomposed.charAt(i);
            char folded = FOLDED[unit];
            if (folded == SLOW || folded != REMOVED && isMark(unit)) {
                return null;
            }
            if (folded != REMOVED) {
                out.append(folded);
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is a mark: every character that NFKD reorders is one. */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Whether the unit {@code c}, not a surrogate, belongs to a word: {@link #isWordChar}, recorded. */
    private static boolean isWordUnit(char c) {
        byte known = WORD_UNITS[c];
        if (known == UNKNOWN) {
            known = isWordChar(c) ? (byte) 2 : (byte) 1;
            WORD_UNITS[c] = known;
        }
        return known == 2;
    }

    /** {@link #fold} of a text in NFKD, lower-cased as a whole string, then each code point through the table. */
    private static String foldSlowly(String normal) {
        String lower = normal.toLowerCase(Locale.ROOT);
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

    /**
     * Each UTF-16 unit lower-cased, then through {@link #FOLD_TABLE}: {@link #REMOVED} where it is removed,
     * {@link #SLOW} where that is not one unit for one unit whatever its neighbours are.
     */
    private static char[] foldedUnits() {
        char[] units = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int lower = Character.toLowerCase(c);
            String replacement = lower < FOLD_TABLE.length ? FOLD_TABLE[lower] : null;
            if (Character.isSurrogate((char) c) || c == CAPITAL_SIGMA || c == CAPITAL_I_WITH_DOT
                    || c == SLOW || c == REMOVED) {
                units[c] = SLOW;
            } else if (replacement == null) {
                units[c] = (char) lower;
            } else if (replacement.length() == 1) {
                units[c] = replacement.charAt(0);
            } else {
                units[c] = replacement.isEmpty() ? REMOVED : SLOW;
            }
        }
        return units;
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
        List<Word> words = new ArrayList<>();
        eachWord(text, (joined, parts) -> words.add(parts == null ? new Word(List.of(joined)) : new Word(parts)));
        return words;
    }

    /** Told each word of a text in turn. */
    @FunctionalInterface
    private interface WordSink {
        /**
         * @param joined the word's parts written together
         * @param parts  its parts, or null for a word of one part (most are)
         */
        void word(String joined, List<String> parts);
    }

    /** Tells {@code sink} the words of {@code text}, folded, in order. */
    private static void eachWord(String text, WordSink sink) {
        String folded = fold(text);
        List<String> parts = new ArrayList<>();
        // where the part being read starts in the folded text, or -1 between parts: a part is a run of
        // word characters, so it is cut out of the text rather than copied character by character
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int at = i;
            char c = folded.charAt(i);
            int cp = Character.isSurrogate(c) ? folded.codePointAt(i) : c;
            i += Character.charCount(cp);
            if (cp == c ? isWordUnit(c) : isWordChar(cp)) {
                if (start < 0) {
                    start = at;
                }
            } else if (cp == ZWNJ && start >= 0) {
                parts.add(folded.substring(start, at));
                start = -1;
            } else if (cp != ZWNJ || parts.isEmpty()) {
                endWord(sink, parts, folded, start, at);
                start = -1;
            }
        }
        endWord(sink, parts, folded, start, folded.length());
    }

    /** Ends the word whose last part, if any, is {@code folded[start, end)}. */
    private static void endWord(WordSink sink, List<String> parts, String folded, int start, int end) {
        if (parts.isEmpty()) {
            if (start >= 0) {
                sink.word(folded.substring(start, end), null);
            }
            return;
        }
        if (start >= 0) {
            parts.add(folded.substring(start, end));
        }
        List<String> whole = List.copyOf(parts);
        sink.word(whole.size() == 1 ? whole.get(0) : String.join("", whole), whole.size() == 1 ? null : whole);
        parts.clear();
    }

    /**
     * The terms a text is indexed under, in order, repeats kept: each word joined and, for compounds,
     * each part; a joining prefix or suffix written apart also joined to its neighbour. Latin words
     * are stemmed.
     */
    public static List<String> indexTerms(String text) {
        List<String> terms = new ArrayList<>();
        eachIndexWord(text, word -> add(terms::add, word));
        return terms;
    }

    /**
     * Tells {@code sink} the words {@link #indexTerms} makes its terms of, in the same order, before
     * {@link #term} makes each a term: for a caller to make each distinct word a term once.
     */
    public static void eachIndexWord(String text, Consumer<String> sink) {
        IndexTerms terms = new IndexTerms(sink);
        eachWord(text, terms);
        terms.end();
    }

    /**
     * The words of the terms of words told in turn: a word's are told once the next word is known, which
     * it may join.
     */
    private static final class IndexTerms implements WordSink {
        private final Consumer<String> sink;
        private String previous;
        private List<String> previousParts;

        IndexTerms(Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public void word(String joined, List<String> parts) {
            if (previous != null) {
                wordTerms(previous, previousParts, sink);
                if (joins(previous, joined)) {
                    sink.accept(previous + joined);
                }
            }
            previous = joined;
            previousParts = parts;
        }

        void end() {
            if (previous != null) {
                wordTerms(previous, previousParts, sink);
            }
        }
    }

    /** The words of one word's terms: the word joined, then, for a compound, each of its parts. */
    private static void wordTerms(String joined, List<String> parts, Consumer<String> sink) {
        sink.accept(joined);
        if (parts != null) {
            parts.forEach(sink);
        }
    }

    /**
     * The terms of a query, each of which a matching document must have: words joined across ZWNJ,
     * and across a space where a joining prefix or suffix stands apart. Latin words are stemmed.
     */
    public static List<String> queryTerms(String query) {
        List<String> terms = new ArrayList<>();
        for (String word : queryWords(query)) {
            add(terms::add, word);
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
        return joins(left.joined(), right.joined());
    }

    /** Whether the words, written together, are also a term: a joining prefix, or a joining suffix, written apart. */
    private static boolean joins(String left, String right) {
        // no affix is longer than this: most words are looked up no further
        return left.length() <= MAX_AFFIX && JOINING_PREFIXES.contains(left)
                || right.length() <= MAX_AFFIX && JOINING_SUFFIXES.contains(right);
    }

    private static void add(Consumer<String> terms, String word) {
        String term = term(word);
        if (term != null) {
            terms.accept(term);
        }
    }

    /** The term a word of {@link #eachIndexWord} or of a query is indexed or searched as: stemmed, or null when too short. */
    public static String term(String word) {
        String term = Stemmer.stem(word);
        // two code points or more: at least two units, and any four units are two code points
        return term.length() >= 2 * MIN_TERM || term.codePointCount(0, term.length()) >= MIN_TERM ? term : null;
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
