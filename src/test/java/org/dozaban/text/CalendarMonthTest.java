package org.dozaban.text;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CalendarMonthTest {

    @Test
    void persianPagesUseTheSolarHijriMonth() {
        CalendarMonth month = CalendarMonth.of(LocalDate.of(2014, 6, 17), "fa");
        assertEquals(new CalendarMonth(1393, 3), month);
        assertEquals("1393", month.yearSegment());
        assertEquals("03", month.monthSegment());
        assertEquals("خرداد ۱۳۹۳", month.label("fa"));
        assertEquals("۱۳۹۳", month.yearLabel("fa"));
        assertEquals("خرداد", month.monthName("fa"));
    }

    @Test
    void nowruzStartsTheSolarHijriYear() {
        assertEquals(new CalendarMonth(1392, 12), CalendarMonth.of(LocalDate.of(2014, 3, 20), "fa"));
        assertEquals(new CalendarMonth(1393, 1), CalendarMonth.of(LocalDate.of(2014, 3, 21), "fa"));
    }

    @Test
    void englishPagesUseTheGregorianMonth() {
        CalendarMonth month = CalendarMonth.of(LocalDate.of(2014, 6, 17), "en");
        assertEquals(new CalendarMonth(2014, 6), month);
        assertEquals("June 2014", month.label("en"));
        assertEquals("2014", month.yearLabel("en"));
    }
}
