package org.dozaban.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each language writes its own way, as Persian and English readers expect it. */
class LanguageTest {

    @ParameterizedTest
    @CsvSource({
            "fa, PERSIAN, true, true, true, ۲۷ خرداد ۱۳۹۳",
            "en, ENGLISH, false, false, false, 17 June 2014"})
    void eachSiteLanguageHasItsDirectionCalendarAndDigits(String code, Language language, boolean rightToLeft,
                                                           boolean solarHijri, boolean ownDigits, String date) {
        assertEquals(Optional.of(language), Language.of(code));
        assertEquals(rightToLeft, language.rightToLeft());
        assertEquals(solarHijri, language.solarHijri());
        assertEquals(ownDigits, language.ownDigits());
        assertEquals(date, Dates.format(LocalDate.of(2014, 6, 17), code), "17 June 2014 as its readers write it");
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
