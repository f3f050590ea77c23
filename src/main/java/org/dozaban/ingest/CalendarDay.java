package org.dozaban.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A day of a month, Gregorian or Solar Hijri, without a year: what a wire dateline gives ("March 9",
 * "۱۲ مهر").
 *
 * @param solar   whether the month is a Solar Hijri one
 * @param month   the month, 1 to 12
 * @param day     the day of the month
 * @param written the day as the text writes it (digits made ASCII)
 */
record CalendarDay(boolean solar, int month, int day, String written) {

    private static final int FIRST_SOLAR_YEAR = 1300;
    private static final int LAST_SOLAR_YEAR = 1499;
    /** Gregorian minus Solar Hijri years: 621 from Nowruz to December, 622 from January to Nowruz. */
    private static final int SOLAR_OFFSET = 621;

    /** The day in {@code year} of its own calendar; empty when the month has no such day that year. */
    Optional<LocalDate> inYear(int year) {
        if (solar) {
            return PersianDates.toGregorian(year, month, day);
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The last time this day came on or before {@code limit}: in the year of {@code limit}, else the year before. */
    Optional<LocalDate> onOrBefore(LocalDate limit) {
        int year = solar ? PersianDates.solarYear(limit) : limit.getYear();
        return inYear(year).filter(d -> !d.isAfter(limit)).or(() -> inYear(year - 1));
    }

    /**
     * The day in {@code year}, a year as a copyright line writes it: of the Solar Hijri calendar when it lies
     * between 1300 and 1499, else Gregorian; a Gregorian year holds parts of two Solar Hijri years, and the
     * other way round.
     */
    Optional<LocalDate> inWrittenYear(int year) {
        boolean solarYear = year >= FIRST_SOLAR_YEAR && year <= LAST_SOLAR_YEAR;
        if (solarYear == solar) {
            return inYear(year);
        }
        int first = solar ? year - SOLAR_OFFSET - 1 : year + SOLAR_OFFSET;
        for (int candidate = first; candidate <= first + 1; candidate++) {
            Optional<LocalDate> date = inYear(candidate);
            if (date.isPresent() && (solarYear ? PersianDates.solarYear(date.get()) : date.get().getYear()) == year) {
                return date;
            }
        }
        return Optional.empty();
    }
}
