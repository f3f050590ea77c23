package org.dozaban.render;

import org.dozaban.text.MarkupText;

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
        int first = MarkupText.firstMarkup(text, true);
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        MarkupText.appendEscaped(out, text.subSequence(first, text.length()), true);
        return out.toString();
    }
}
