package org.dozaban.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptsOfLinesTest {

    @Test
    void tellsArabicLinesFromPersianOnes() {
        assertTrue(ArabicText.isArabic("قال رئيس الحكومة العراقية"));
        assertTrue(ArabicText.isArabic("عين على العدو"));
        assertFalse(ArabicText.isArabic("وزارت نيرو اعلام كرد كه ذخاير آب كم شده است"));
        assertFalse(ArabicText.isArabic("گزارش تازه"));
        assertFalse(ArabicText.isArabic("English only"));
    }

    @Test
    void unifiesPersianLinesAndLeavesArabicLinesAlone() {
        String arabic = "إن الله مع الصابرين في الدنيا";
        assertEquals("وی گفت\n" + arabic, ArabicText.unifyPersianLines("وي گفت\n" + arabic));
    }

    @Test
    void detectsTheLanguageOfTheBodyNotOfItsFrame() {
        Block english = new Block(List.of("An English paragraph about the floods in the north of the country."), 1, 0,
                false);
        Block verse = new Block(List.of("بنی آدم اعضای یکدیگرند"), 2, 0, false);
        assertEquals("en", LanguageDetection.of(List.of(english, verse)));
        assertEquals("fa", LanguageDetection.of(List.of(verse)));
    }
}
