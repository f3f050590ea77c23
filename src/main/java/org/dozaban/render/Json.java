package org.dozaban.render;

import org.dozaban.text.JsonStrings;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists and text as compact JSON, safe inside an HTML {@code script} element: '<', '>'
 * and '&' are written as escapes, so no {@code </script>} can end it early.
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                text(entry.getKey().toString(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? "," : "");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            text(String.valueOf(value), out);
        }
    }

    private static void text(String text, StringBuilder out) {
        out.append(JsonStrings.quote(text, (t, i) -> "<>&\u2028\u2029".indexOf(t.charAt(i)) >= 0));
    }
}
