package org.dozaban.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Texts that several pages of a render put in unchanged, made once: each page that will take a text says
 * so first ({@link #expect}), and the text is kept from the first page that takes it to the last, then
 * dropped. At most a given number of characters is kept at once; past it a text is made for each page
 * that takes it, as it would be without this. Thread-safe.
 */
final class SharedText {

    private final long maxChars;
    /** By key: how many of the pages that said they would take the text have not taken it yet. */
    private final Map<String, AtomicInteger> takers = new ConcurrentHashMap<>();
    private final Map<String, String> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();

    /** @param maxChars the most characters kept at once */
    SharedText(long maxChars) {
        this.maxChars = maxChars;
    }

    /** One more page will take the text of {@code key}. */
    void expect(String key) {
        takers.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** The text of {@code key}: kept by a page before, else made by {@code make}, and kept for the next ones. */
    String take(String key, Supplier<String> make) {
        AtomicInteger left = takers.get(key);
        if (left == null) {
            return make.get();
        }
        if (left.decrementAndGet() <= 0) {
            // the last page to take it, or the only one
            String made = kept.remove(key);
            if (made == null) {
                return make.get();
            }
            keptChars.addAndGet(-made.length());
            return made;
        }
        String[] made = new String[1];
        String text = kept.computeIfAbsent(key, k -> {
            made[0] = make.get();
            if (keptChars.addAndGet(made[0].length()) <= maxChars) {
                return made[0];
            }
            keptChars.addAndGet(-made[0].length());
            return null;
        });
        if (text == null) {
            // too much is kept already: made for this page alone
            return made[0];
        }
        if (left.get() <= 0 && kept.remove(key, text)) {
            // the last page took the text meanwhile, before this one kept it
            keptChars.addAndGet(-text.length());
        }
        return text;
    }

    /** How many characters are kept now. */
    long keptChars() {
        return keptChars.get();
    }
}
