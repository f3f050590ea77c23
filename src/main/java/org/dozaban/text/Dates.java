package org.dozaban.text;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Dates for display: Gregorian on English pages, Solar Hijri with Persian digits on Persian pages.
 * Creates a formatter per call, since ICU formatters are not thread-safe.
 */
public final class Dates {

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

    private Dates() {
    }

    /** A long date in the language's calendar: "17 June 2014", "۲۷ خرداد ۱۳۹۳". */
    public static String format(LocalDate date, String lang) {
        DateFormat format = "fa".equals(lang)
                ? DateFormat.getDateInstance(DateFormat.LONG, PERSIAN)
                : new SimpleDateFormat("d MMMM y", new ULocale("en"));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(toDate(date));
    }

    /** Year and month in the language's calendar, e.g. "June 2014" or "خرداد ۱۳۹۳". */
    public static String formatMonth(LocalDate date, String lang) {
        SimpleDateFormat format = "fa".equals(lang)
                ? new SimpleDateFormat("MMMM y", PERSIAN)
                : new SimpleDateFormat("MMMM y", new ULocale("en"));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(toDate(date));
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
