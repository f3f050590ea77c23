package org.dozaban.content;

import java.util.Locale;

/** Control characters in text: naming them in messages, and finding them. */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** How a character is named in a message: {@code U+0001 (a control character)}. */
    static String name(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        if (isControl(c)) {
            return code + " (a control character)";
        }
        return code;
    }

    /** Below U+00A0, by character: whether it is a control character. */
    private static final boolean[] CONTROL = new boolean[0xA0];

    static {
        for (int c = 0; c < CONTROL.length; c++) {
            CONTROL[c] = c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7F;
        }
    }

    /**
     * C0 and C1 control characters other than tab and line feed, and DEL. Read from a table, in few enough
     * bytes of code that the quick compiler puts it in place in the loops over every character of a body.
     */
    static boolean isControl(int c) {
        return c >= 0 && c < CONTROL.length && CONTROL[c];
    }
}
