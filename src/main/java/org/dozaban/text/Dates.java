package org.dozaban.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
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

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

    private Dates() {
    }

    /** A long date in the language's calendar: "17 June 2014", "۲۷ خرداد ۱۳۹۳". */
    public static String format(LocalDate date, String lang) {
        return formatter("long", lang, () -> "fa".equals(lang)
                ? DateFormat.getDateInstance(DateFormat.LONG, PERSIAN)
                : new SimpleDateFormat("d MMMM y", new ULocale("en"))).format(toDate(date));
    }

    /** Year and month in the language's calendar, e.g. "June 2014" or "خرداد ۱۳۹۳". */
    public static String formatMonth(LocalDate date, String lang) {
        return formatter("month", lang, () -> new SimpleDateFormat("MMMM y", "fa".equals(lang) ? PERSIAN
                : new ULocale("en"))).format(toDate(date));
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

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
