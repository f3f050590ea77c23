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
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
