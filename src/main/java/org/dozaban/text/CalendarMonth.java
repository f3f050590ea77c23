package org.dozaban.text;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A month of the calendar a language's pages use: Solar Hijri for Persian, Gregorian otherwise.
 *
 * @param year  year in that calendar, e.g. 1393
 * @param month month in that calendar, 1 to 12
 */
public record CalendarMonth(int year, int month) implements Comparable<CalendarMonth> {

    private static final ULocale PERSIAN = Language.SOLAR_HIJRI;
    private static final ULocale GREGORIAN = new ULocale("en@calendar=gregorian");

    /** The month {@code date} falls in, in the calendar of {@code lang}. */
    public static CalendarMonth of(LocalDate date, String lang) {
        return MONTHS.computeIfAbsent(new Day(lang, date), k -> monthOf(date, lang));
    }

    /**
     * Months and their names as found so far: archives ask for the same few hundred again and again, and
     * each costs a calendar or a date format.
     */
    private static final Map<Day, CalendarMonth> MONTHS = new ConcurrentHashMap<>();

    /** A day as a language's pages see it. */
    private record Day(String lang, LocalDate date) {

        // written out: a record's generated equals and hashCode are linked at their first call, which every
        // build makes
        @Override
        public boolean equals(Object other) {
            return other instanceof Day day && lang.equals(day.lang) && date.equals(day.date);
        }

        @Override
        public int hashCode() {
            return 31 * lang.hashCode() + date.hashCode();
        }
    }
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    /** Each thread's calendar of each kind: making one looks up the locale's data, which costs more than using it. */
    private static final ThreadLocal<Calendar> PERSIAN_CALENDAR =
            ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN));
    private static final ThreadLocal<Calendar> GREGORIAN_CALENDAR =
            ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.GMT_ZONE, GREGORIAN));

    private static CalendarMonth monthOf(LocalDate date, String lang) {
        Calendar calendar = (Language.datesSolarHijri(lang) ? PERSIAN_CALENDAR : GREGORIAN_CALENDAR).get();
        calendar.setTime(toDate(date));
        return new CalendarMonth(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1);
    }

    /** The year as a path segment, ASCII digits: {@code 1393}. */
    public String yearSegment() {
        return Numbers.asciiPadded(year, 4);
    }

    /** The month as a path segment, ASCII digits: {@code 03}. */
    public String monthSegment() {
        return Numbers.asciiPadded(month, 2);
    }

    /** "خرداد ۱۳۹۳", "June 2014": the month's name and year in the language's digits. */
    public String label(String lang) {
        return format("MMMM y", lang);
    }

    /** "۱۳۹۳", "2014": the year in the language's digits, without grouping. */
    public String yearLabel(String lang) {
        return format("y", lang);
    }

    /** "خرداد", "June". */
    public String monthName(String lang) {
        return format("LLLL", lang);
    }

    private String format(String pattern, String lang) {
        return NAMES.computeIfAbsent(year + "-" + month + "\u0000" + pattern + "\u0000" + lang, k -> formatted(pattern, lang));
    }

    private String formatted(String pattern, String lang) {
        SimpleDateFormat format = FORMATS.computeIfAbsent(pattern + "\u0000" + lang, k -> newFormat(pattern, lang));
        // a format is not safe for use from several threads, and it formats with the calendar it holds
        synchronized (format) {
            Calendar calendar = format.getCalendar();
            calendar.clear();
            calendar.set(year, month - 1, 1);
            return format.format(calendar.getTime());
        }
    }

    /**
     * One format per pattern and language, kept: making one looks up the locale's names and patterns, which
     * costs far more than formatting, and an archive formats a few hundred months in each pattern.
     */
    private static final Map<String, SimpleDateFormat> FORMATS = new ConcurrentHashMap<>();

    private static SimpleDateFormat newFormat(String pattern, String lang) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Language.datesSolarHijri(lang) ? PERSIAN : new ULocale(lang));
        format.setCalendar(Calendar.getInstance(TimeZone.GMT_ZONE, calendarLocale(lang)));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    }

    private static ULocale calendarLocale(String lang) {
        return Language.datesSolarHijri(lang) ? PERSIAN : GREGORIAN;
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Override
    public int compareTo(CalendarMonth other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
    }
}
