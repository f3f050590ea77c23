package org.dozaban.text;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    void theSameDayFallsInEachLanguagesOwnMonthWhicheverIsAskedFirst() {
        LocalDate day = LocalDate.of(2013, 1, 5);
        assertEquals(new CalendarMonth(1391, 10), CalendarMonth.of(day, "fa"));
        assertEquals(new CalendarMonth(2013, 1), CalendarMonth.of(day, "en"));
        LocalDate other = LocalDate.of(2012, 11, 25);
        assertEquals(new CalendarMonth(2012, 11), CalendarMonth.of(other, "en"));
        assertEquals(new CalendarMonth(1391, 9), CalendarMonth.of(other, "fa"));
        assertEquals(new CalendarMonth(1391, 10), CalendarMonth.of(LocalDate.of(2013, 1, 5), "fa"));
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

    @Test
    void segmentsAreZeroPaddedAsciiDigits() {
        for (int year : new int[]{-12, -1, 0, 7, 42, 622, 1393, 2014, 9999, 10000, 123456}) {
            for (int month = 1; month <= 12; month++) {
                CalendarMonth m = new CalendarMonth(year, month);
                assertEquals(String.format(Locale.ROOT, "%04d", year), m.yearSegment());
                assertEquals(String.format(Locale.ROOT, "%02d", month), m.monthSegment());
            }
        }
    }

    /**
     * Names of many months, asked for from four threads at once and in no order, against each made
     * plainly with a date format of its own.
     */
    @Test
    void namesMadeOnSeveralThreadsAreEachMonthsOwn() throws Exception {
        List<CalendarMonth> months = new ArrayList<>();
        for (int year = 1290; year < 1420; year += 3) {
            for (int month = 12; month >= 1; month -= 1) {
                months.add(new CalendarMonth(year + (month % 2) * 700, month));
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> made = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                made.add(threads.submit(() -> {
                    List<String> names = new ArrayList<>();
                    for (int i = first; i < months.size(); i += 4) {
                        CalendarMonth m = months.get(i);
                        names.add(m.label("fa") + "|" + m.monthName("fa") + "|" + m.yearLabel("fa") + "|"
                                + m.label("en") + "|" + m.monthName("en") + "|" + m.yearLabel("en"));
                    }
                    return names;
                }));
            }
            for (int t = 0; t < 4; t++) {
                List<String> names = made.get(t).get();
                for (int i = t, k = 0; i < months.size(); i += 4, k++) {
                    CalendarMonth m = months.get(i);
                    assertEquals(plainly(m, "MMMM y", true) + "|" + plainly(m, "LLLL", true) + "|"
                            + plainly(m, "y", true) + "|" + plainly(m, "MMMM y", false) + "|"
                            + plainly(m, "LLLL", false) + "|" + plainly(m, "y", false), names.get(k), m.toString());
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String plainly(CalendarMonth month, String pattern, boolean persian) {
        ULocale locale = persian ? new ULocale("fa_IR@calendar=persian") : new ULocale("en@calendar=gregorian");
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, locale);
        calendar.clear();
        calendar.set(month.year(), month.month() - 1, 1);
        SimpleDateFormat format = new SimpleDateFormat(pattern, persian ? locale : new ULocale("en"));
        format.setCalendar(calendar);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(calendar.getTime());
    }
}
