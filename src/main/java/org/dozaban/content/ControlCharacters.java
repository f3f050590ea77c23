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

    /** C0 and C1 control characters other than tab and line feed, and DEL. */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }
}
