package org.dozaban.render;

/**
 * Text made fit for XML 1.0. The stream writer escapes markup characters but passes on control
 * characters and lone surrogates, which would make the whole feed unreadable to a parser.
 */
final class XmlText {

    private XmlText() {
    }

    /** {@code value} without the code points XML 1.0 does not allow. */
    static String clean(String value) {
        if (allAllowed(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether every code point of {@code value} is allowed: so nearly always that it is checked first. */
    private static boolean allAllowed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xD800) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (c < 0xE000 || c > 0xFFFD) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
