package org.dozaban.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DirectionTest {

    @Test
    void countsLettersInsteadOfTakingTheFirstStrongCharacter() {
        assertEquals("rtl", Direction.of("IBM شرکتی بزرگ است"));
        assertEquals("ltr", Direction.of("The poem «بنی آدم» is by Saadi"));
        assertEquals("ltr", Direction.of("Chris Marsden"));
        assertEquals("auto", Direction.of("2014"));
    }

    @Test
    void languageFollowsTheMajorityScript() {
        assertEquals("fa", Direction.language("گزارش ویژه", "en"));
        assertEquals("ar", Direction.language("مدينة السلام", "en"));
        assertEquals("en", Direction.language("Special report", "fa"));
        assertEquals("fa", Direction.language("۲۰۱۴", "fa"));
    }

    @Test
    void persianTitleStartingWithLatinGetsRightToLeftMark() {
        assertEquals(Direction.RLM + "IBM در ایران", Direction.title("IBM در ایران", "fa"));
        assertEquals("ایران و IBM", Direction.title("ایران و IBM", "fa"));
        assertEquals("IBM in Iran", Direction.title("IBM in Iran", "en"));
    }
}
