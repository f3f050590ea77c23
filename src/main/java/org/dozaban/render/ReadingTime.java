package org.dozaban.render;

import org.jsoup.Jsoup;

/**
 * Minutes an article takes to read: its words at {@link #WORDS_PER_MINUTE}, rounded, at least one.
 * A word is a run of non-space characters holding a letter or digit, in any script.
 */
final class ReadingTime {

    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    static int minutes(String bodyHtml) {
        return minutesFor(words(Jsoup.parseBodyFragment(bodyHtml).body().text()));
    }

    static int minutesFor(int words) {
        return Math.max(1, Math.round((float) words / WORDS_PER_MINUTE));
    }

    static int words(String text) {
        int words = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }
}
