package org.dozaban.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** JSON values written by hand, the same bytes on every run. */
public final class JsonText {

    private JsonText() {
    }

    /** A JSON string, or null; control and invisible format characters (ZWNJ, direction marks) as \\u escapes. */
    public static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A JSON array of strings. */
    public static String strings(List<String> texts) {
        return texts.stream().map(JsonText::string).collect(Collectors.joining(", ", "[", "]"));
    }
}
