package org.dozaban.markdown;

import org.dozaban.testing.RandomText;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A text node's text is what flexmark's core renderer makes of it, escapes, entities and line ends included. */
class TextNodesTest {

    @Test
    void writtenExamples() {
        assertEquals("plain کتاب", TextNodes.plain("plain کتاب"));
        assertEquals("a * b & c © ل", TextNodes.plain("a \\* b &amp; c &copy; &#1604;"));
        assertEquals("one\ntwo\nthree", TextNodes.plain("one\r\ntwo\rthree\r"));
    }

    @Test
    void randomTextsAreWhatTheCoreRendererMakes() {
        String[] pieces = {"a", "ک", " ", "\\", "\\*", "&", "&amp;", "&#1604;", "&#x6CC;", "&nbsp;", "&bogus;", ";",
                "\r", "\n", "\r\n", "#", "!"};
        for (long seed = 1; seed <= 5000; seed++) {
            String source = RandomText.of(new java.util.Random(seed), 12, pieces);
            assertEquals(Escaping.normalizeEOL(Escaping.unescapeString(source)), TextNodes.plain(source), "seed " + seed);
        }
    }
}
