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
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // the whitespace of the pattern \s: space, tab, line ends, form feed, vertical tab
            if (cp == ' ' || (cp >= '\t' && cp <= '\r')) {
                inToken = false;
            } else {
                if (!inToken) {
                    inToken = true;
                    counted = false;
                }
                if (!counted && Character.isLetterOrDigit(cp)) {
                    counted = true;
                    words++;
                }
            }
        }
        return words;
    }
}
