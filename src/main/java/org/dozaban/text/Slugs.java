package org.dozaban.text;

import java.util.regex.Pattern;
import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** URL slugs from titles in any script: ASCII ones, or native ones keeping Persian letters. Thread-safe. */
public final class Slugs {

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private static final String RULES = ":: NFKC ; [\\u064B-\\u065F\\u0670\\u0640] > ; \\u200C > '-' ;"
            + " :: Any-Latin ; :: Latin-ASCII ; :: Lower ;";

    private static final int MAX_LENGTH = 80;

    /** Words as {@link #transliterated} writes them, kept for {@link #wordByWord}, up to {@link #MAX_WORDS}. */
    private static final Map<String, String> WORDS = new ConcurrentHashMap<>();
    private static final int MAX_WORDS = 100_000;

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.createFromRules("slug", RULES, Transliterator.FORWARD));

    private static final String NATIVE_RULES = ":: NFKC ; [\\u064B-\\u065F\\u0670\\u0640] > ; \\u200C > '-' ;"
            + " :: Lower ;";

    private static final ThreadLocal<Transliterator> TO_NATIVE =
            ThreadLocal.withInitial(() -> Transliterator.createFromRules("native-slug", NATIVE_RULES,
                    Transliterator.FORWARD));

    private Slugs() {
    }

    /**
     * A slug that keeps letters of every script: Persian words stay Persian ({@code تاریخ-بندر}), without
     * diacritics or tatweel, Latin letters in lower case, runs of anything but letters and digits as one
     * '-', cut at a word boundary to at most 80 characters.
     */
    public static String nativeSlug(String title) {
        String text = TO_NATIVE.get().transliterate(title);
        String slug = text.replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
        return cut(slug);
    }

    /** Whether {@code value} is a slug as {@link #nativeSlug} makes them. */
    public static boolean isNativeSlug(String value) {
        return value.matches("[\\p{Ll}\\p{Lo}\\p{Nd}]+(?:-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*");
    }

    private static String cut(String slug) {
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            return slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug;
    }

    /**
     * An ASCII slug: transliterated, lower case, runs of anything but letters and digits as one '-',
     * no leading or trailing '-', cut at a word boundary to at most 80 characters. Empty when nothing
     * is left.
     */
    public static String slugify(String title) {
        // the transliteration leaves ASCII as it is but for its case
        return slugOf(isAscii(title) ? title : wordByWord(title));
    }

    /** The slug of a title {@link #transliterated}. */
    static String slugOf(String transliterated) {
        String ascii = transliterated.toLowerCase(Locale.ROOT);
        return cut(EDGE_HYPHENS.matcher(NOT_SLUG.matcher(ascii).replaceAll("-")).replaceAll(""));
    }

    /** {@code title} in ASCII letters, lower case, as the slug's rules write it. */
    static String transliterated(String title) {
        return TO_ASCII.get().transliterate(title);
    }

    /**
     * {@link #transliterated}, a word at a time, each word transliterated once for all titles (headings
     * share most of their words, and ICU's transliteration took tens of microseconds a heading). It gives
     * the same slug: a word's letters are written the same whatever words are around it, and only
     * punctuation differs (an Arabic comma after digits stays as it is when the word has no Arabic letter),
     * which a slug drops.
     */
    static String wordByWord(String title) {
        StringBuilder out = new StringBuilder(title.length() + 16);
        int start = 0;
        while (true) {
            int space = title.indexOf(' ', start);
            String word = title.substring(start, space < 0 ? title.length() : space);
            String written = WORDS.get(word);
            if (written == null) {
                written = transliterated(word);
                if (WORDS.size() < MAX_WORDS) {
                    WORDS.put(word, written);
                }
            }
            out.append(written);
            if (space < 0) {
                return out.toString();
            }
            out.append(' ');
            start = space + 1;
        }
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
