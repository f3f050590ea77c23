package org.dozaban.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each language writes its own way, as Persian and English readers expect it. */
class LanguageTest {

    @Test
    void persianIsRightToLeftWithSolarHijriDatesAndItsOwnDigits() {
        assertEquals(Optional.of(Language.PERSIAN), Language.of("fa"));
        assertTrue(Language.PERSIAN.rightToLeft());
        assertTrue(Language.PERSIAN.solarHijri());
        assertTrue(Language.PERSIAN.ownDigits());
        assertEquals("۲۷ خرداد ۱۳۹۳", Dates.format(java.time.LocalDate.of(2014, 6, 17), "fa"));
    }

    @Test
    void englishIsLeftToRightWithGregorianDates() {
        assertEquals(Optional.of(Language.ENGLISH), Language.of("en"));
        assertFalse(Language.ENGLISH.rightToLeft());
        assertFalse(Language.ENGLISH.solarHijri());
        assertFalse(Language.ENGLISH.ownDigits());
        assertEquals("17 June 2014", Dates.format(java.time.LocalDate.of(2014, 6, 17), "en"));
    }

    @Test
    void aSiteIsWrittenInPersianOrEnglishAndUnknownCodesAreNothing() {
        assertEquals(List.of("fa", "en"), Language.siteCodes());
        assertTrue(Language.isRightToLeft("ar"), "Arabic, told apart in text");
        assertEquals(Optional.empty(), Language.of("de"));
        assertFalse(Language.isRightToLeft("de"));
        assertFalse(Language.datesSolarHijri("de"));
        assertFalse(Language.isRightToLeft(null));
    }
}
