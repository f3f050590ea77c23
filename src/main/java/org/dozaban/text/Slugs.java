package org.dozaban.text;

import java.util.regex.Pattern;
import com.ibm.icu.text.Transliterator;

import java.util.Locale;

/** ASCII URL slugs from titles in any script. Thread-safe. */
public final class Slugs {

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private static final String RULES = ":: NFKC ; [\\u064B-\\u065F\\u0670\\u0640] > ; \\u200C > '-' ;"
            + " :: Any-Latin ; :: Latin-ASCII ; :: Lower ;";

    private static final int MAX_LENGTH = 80;

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.createFromRules("slug", RULES, Transliterator.FORWARD));

    private Slugs() {
    }

    /**
     * An ASCII slug: transliterated, lower case, runs of anything but letters and digits as one '-',
     * no leading or trailing '-', cut at a word boundary to at most 80 characters. Empty when nothing
     * is left.
     */
    public static String slugify(String title) {
        String ascii = TO_ASCII.get().transliterate(title).toLowerCase(Locale.ROOT);
        String slug = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(ascii).replaceAll("-")).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug;
    }
}
