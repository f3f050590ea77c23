package org.dozaban.search;

import org.dozaban.text.JsonStrings;

import java.util.Locale;

/** JSON text for the index files: strings quoted and escaped so the files are valid JSON and JavaScript. */
public final class Json {

    private Json() {
    }

    /** {@code text} as a JSON string literal. */
    public static String quote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c)) {
                // '<' escaped so "</script>" in an article's text cannot end a script element
                return JsonStrings.quote(text, (t, at) -> t.charAt(at) == '<' || t.charAt(at) == '\u2028'
                        || t.charAt(at) == '\u2029' || JsonStrings.isLoneSurrogate(t, at));
            }
        }
        // nothing to escape, as in most terms and in the Base64 of every text
        return '"' + text + '"';
    }

    /** {@code text} as a JSON string literal with every character outside printable ASCII escaped. */
    public static String quoteAscii(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<') {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
