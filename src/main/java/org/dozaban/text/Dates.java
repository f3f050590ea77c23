package org.dozaban.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Dates for display: Gregorian on English pages, Solar Hijri with Persian digits on Persian pages.
 * ICU formatters are not thread-safe: each thread builds each of its formatters once and keeps it.
 */
public final class Dates {

    private static final ULocale PERSIAN = Language.SOLAR_HIJRI;

    private Dates() {
    }

    /**
     * A long date in the language's calendar: "17 June 2014", "۲۷ خرداد ۱۳۹۳". English dates are
     * proleptic Gregorian, also before 1582, like the ISO dates of {@code datetime} attributes.
     */
    public static String format(LocalDate date, String lang) {
        return formatter("long", lang, () -> Language.datesSolarHijri(lang)
                ? DateFormat.getDateInstance(DateFormat.LONG, PERSIAN)
                : english("d MMMM y")).format(toDate(date));
    }

    /** Year and month in the language's calendar, e.g. "June 2014" or "خرداد ۱۳۹۳". */
    public static String formatMonth(LocalDate date, String lang) {
        return formatter("month", lang, () -> Language.datesSolarHijri(lang) ? new SimpleDateFormat("MMMM y", PERSIAN)
                : english("MMMM y")).format(toDate(date));
    }

    private static final ThreadLocal<Map<String, DateFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    /** This thread's formatter of {@code kind} for {@code lang}, in GMT, made on first use. */
    private static DateFormat formatter(String kind, String lang, Supplier<DateFormat> make) {
        return FORMATS.get().computeIfAbsent(kind + "/" + lang, k -> {
            DateFormat format = make.get();
            format.setTimeZone(TimeZone.GMT_ZONE);
            return format;
        });
    }

    /** An English format on a Gregorian calendar without the switch from the Julian one in 1582. */
    private static SimpleDateFormat english(String pattern) {
        ULocale english = new ULocale(Language.ENGLISH.code());
        SimpleDateFormat format = new SimpleDateFormat(pattern, english);
        GregorianCalendar proleptic = new GregorianCalendar(TimeZone.GMT_ZONE, english);
        proleptic.setGregorianChange(new Date(Long.MIN_VALUE));
        format.setCalendar(proleptic);
        return format;
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
