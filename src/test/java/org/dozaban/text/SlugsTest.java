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

    @Test
    void aTitleTransliteratedWordByWordGivesTheSlugOfTheWholeTitle() {
        // the Arabic comma after digits is written as a comma only beside Arabic letters: either way no slug
        assertEquals("sal-2001-thran", Slugs.slugify("سال 2001، تهران"));
        assertEquals(slugOfWhole("سال 2001، تهران"), Slugs.slugify("سال 2001، تهران"));
        String[] pool = {"ا", "آ", "أ", "إ", "ء", "ؤ", "ئ", "ب", "پ", "ت", "ث", "ج", "چ", "ح", "خ", "د", "ذ", "ر",
            "ز", "ژ", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ک", "ك", "گ", "ل", "م", "ن", "و", "ه",
            "ة", "ی", "ي", "ى", "\u064B", "\u064E", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640", "\u200C",
            "\u200D", "۰", "۱", "۹", "٠", "٥", "0", "7", "a", "Z", "é", "ß", "ж", "،", "؛", "؟", "«", "»", "٪",
            "٫", "!", ".", ",", "(", ")", "-", "_", "'", "\"", "/", " ", " ", " ", " ", "\u00A0", "\t"};
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            StringBuilder title = new StringBuilder();
            for (int i = 1 + random.nextInt(24); i > 0; i--) {
                title.append(random.nextInt(10) == 0 ? String.valueOf((char) (0x20 + random.nextInt(0x2FE0)))
                        : pool[random.nextInt(pool.length)]);
            }
            String text = title.toString();
            assertEquals(slugOfWhole(text), Slugs.slugify(text), text);
        }
    }

    /** The slug made from the transliteration of the whole title at once. */
    private static String slugOfWhole(String title) {
        return Slugs.slugOf(Slugs.transliterated(title));
    }
}
