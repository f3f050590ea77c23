package org.dozaban.text;

import java.util.Locale;

/**
 * JSON string literals written by hand, the same bytes on every run: quotes, backslashes, line ends and
 * tabs as their short escapes, other control characters as {@code \\uXXXX}, and whatever else the caller's
 * output needs escaped (for a script element, {@code <}; for a readable file, invisible characters).
 */
public final class JsonStrings {

    /** Which further characters of a text a caller wants as {@code \\uXXXX} escapes. */
    @FunctionalInterface
    public interface Escaped {
        /** Whether the character at {@code index} of {@code text} is written as an escape. */
        boolean test(String text, int index);
    }

    private JsonStrings() {
    }

    /** {@code text} as a JSON string literal, escaping besides control characters what {@code escaped} says. */
    public static String quote(String text, Escaped escaped) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || escaped.test(text, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Whether the character at {@code index} is half of a surrogate pair that is not whole. */
    public static boolean isLoneSurrogate(String text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        return Character.isLowSurrogate(c) && (index == 0 || !Character.isHighSurrogate(text.charAt(index - 1)));
    }
}
