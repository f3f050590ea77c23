package org.dozaban.report;

import org.dozaban.text.JsonStrings;

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
        return JsonStrings.quote(text, (t, i) -> Character.getType(t.charAt(i)) == Character.FORMAT);
    }

    /** A JSON array of strings. */
    public static String strings(List<String> texts) {
        return texts.stream().map(JsonText::string).collect(Collectors.joining(", ", "[", "]"));
    }
}
