package org.dozaban.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * The templates' autoescaping: the five characters that are markup in HTML and XML as named or numbered
 * references ({@code &amp; &lt; &gt; &quot; &#39;}), everything else as it is. The same text as Pebble's own
 * HTML strategy, without building the tables of every HTML entity that it loads on first use, and with a
 * text that has none of the five given back as it is.
 */
final class MarkupEscaping implements EscapingStrategy {

    @Override
    public String escape(String text) {
        int length = text.length();
        int first = 0;
        while (first < length && !isMarkup(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isMarkup(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
