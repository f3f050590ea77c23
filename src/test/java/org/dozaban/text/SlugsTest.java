package org.dozaban.text;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ASCII slugs: a title already in ASCII is taken as the transliteration would give it. */
class SlugsTest {

    @Test
    void theTransliterationLeavesAsciiAsItIsButForItsCase() {
        Random random = new Random(5);
        for (int round = 0; round < 3000; round++) {
            StringBuilder title = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                title.append((char) random.nextInt(0x80));
            }
            String text = title.toString();
            assertTrue(Slugs.isAscii(text));
            assertEquals(text.toLowerCase(Locale.ROOT), Slugs.transliterated(text).toLowerCase(Locale.ROOT), text);
        }
    }

    @Test
    void slugsOfTitlesInEitherScript() {
        assertEquals("voices-from-aleppo", Slugs.slugify("  Voices from Aleppo! "));
        assertEquals("a-b-c-1", Slugs.slugify("A--B_c (1)"));
        assertEquals("", Slugs.slugify("«»"));
        // Persian letters are transliterated, not dropped
        assertTrue(Slugs.slugify("خط قرمز").matches("[a-z0-9]+(-[a-z0-9]+)+"), Slugs.slugify("خط قرمز"));
    }
}
