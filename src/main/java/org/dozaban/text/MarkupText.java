package org.dozaban.text;

/**
 * The characters that are markup in HTML and XML text and attribute values, written as references: {@code &amp;
 * &lt; &gt; &quot;} and, where asked, {@code &#39;}. Everything else is written as it is.
 */
public final class MarkupText {

    private MarkupText() {
    }

    /** Where the first character {@link #appendEscaped} would replace is in {@code text}, or its length. */
    public static int firstMarkup(CharSequence text, boolean apostrophes) {
        int at = 0;
        while (at < text.length() && reference(text.charAt(at), apostrophes) == null) {
            at++;
        }
        return at;
    }

    /** Appends {@code text} to {@code out} with each markup character as its reference. */
    public static void appendEscaped(StringBuilder out, CharSequence text, boolean apostrophes) {
        int length = text.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            String reference = reference(text.charAt(i), apostrophes);
            if (reference != null) {
                out.append(text, from, i).append(reference);
                from = i + 1;
            }
        }
        out.append(text, from, length);
    }

    private static String reference(char c, boolean apostrophes) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> apostrophes ? "&#39;" : null;
            default -> null;
        };
    }
}
