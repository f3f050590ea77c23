package org.dozaban.text;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** English dates agree with the ISO date of the datetime attribute, also before the Gregorian reform. */
class DatesBefore1582Test {

    @Test
    void englishDatesAreProlepticGregorian() {
        assertEquals("1 March 1500", Dates.format(LocalDate.of(1500, 3, 1), "en"));
        assertEquals("14 October 1066", Dates.format(LocalDate.of(1066, 10, 14), "en"));
        assertEquals("October 1066", Dates.formatMonth(LocalDate.of(1066, 10, 14), "en"));
    }

    @Test
    void modernDatesAreUnchanged() {
        assertEquals("17 June 2014", Dates.format(LocalDate.of(2014, 6, 17), "en"));
    }
}
