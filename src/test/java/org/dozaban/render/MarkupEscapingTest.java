package org.dozaban.render;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The templates' escaping gives the text Pebble's HTML strategy gives (unbescape's HTML 4 markup level). */
class MarkupEscapingTest {

    private final MarkupEscaping escaping = new MarkupEscaping();

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
                escaping.escape("<a href=\"x\">Tom & Jerry's</a>"));
        assertEquals("&amp;amp;", escaping.escape("&amp;"), "a reference in the text is text");
    }

    @Test
    void givesATextWithNothingToEscapeBackAsItIs() {
        String text = "کتاب\u200Cها and books, 1404";
        assertSame(text, escaping.escape(text));
        assertSame("", escaping.escape(""));
    }

    @Test
    void everyUnitBetweenLettersAsPebblesStrategy() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "a" + (char) c + "پ";
            assertEquals(HtmlEscape.escapeHtml4Xml(text), escaping.escape(text),
                    () -> "U+" + Integer.toHexString(text.charAt(1)));
        }
    }

    @Test
    void randomTextsAsPebblesStrategy() {
        Random random = new Random(7);
        char[] pieces = {'&', '<', '>', '"', '\'', ';', '#', 'a', 'ی', '\u200C', '\uD83D', '\uDE00', '\n', ' ', '\u0000'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(HtmlEscape.escapeHtml4Xml(text.toString()), escaping.escape(text.toString()), text::toString);
        }
    }
}
