package org.dozaban.render;


/**
 * Minutes an article takes to read: its words at {@link #WORDS_PER_MINUTE}, rounded, at least one.
 * A word is a run of non-space characters holding a letter or digit, in any script; the words counted
 * are those of the body's search text, which leaves out the footnote marks.
 */
final class ReadingTime {

    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
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
