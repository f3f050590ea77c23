package org.dozaban.search;

import org.dozaban.testing.RandomText;
import org.dozaban.text.JsonStrings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Strings in the index files are quoted as JSON, with what could end a script element escaped. */
class JsonTest {

    @Test
    void writtenExamples() {
        assertEquals("\"کتاب‌ها\"", Json.quote("کتاب‌ها"));
        assertEquals("\"a\\u003c/script>\\\"\\\\\\n\"", Json.quote("a</script>\"\\\n"));
        assertEquals("\"\\u2028 \\u2029 \\ud800 😀\"", Json.quote("\u2028 \u2029 \ud800 😀"));
    }

    /** Random text is quoted as the escaping rule, applied to every character, says. */
    @Test
    void randomTextIsQuotedAsTheRuleSays() {
        String[] pieces = {"a", "Z", "0", "+", "/", "=", "<", ">", "\"", "\\", "\n", "\t", "\u0001", "\u007f", "ک",
                "\u200c", "\u2028", "\u2029", "😀", "\ud800", "\udc00", " ", "é"};
        for (long seed = 1; seed <= 5000; seed++) {
            String written = RandomText.of(new java.util.Random(seed), 12, pieces);
            assertEquals(JsonStrings.quote(written, (t, i) -> t.charAt(i) == '<' || t.charAt(i) == '\u2028'
                            || t.charAt(i) == '\u2029' || JsonStrings.isLoneSurrogate(t, i)),
                    Json.quote(written), "seed " + seed);
        }
    }
}
