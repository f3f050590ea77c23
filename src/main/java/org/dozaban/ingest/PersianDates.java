package org.dozaban.ingest;

import org.dozaban.text.Language;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Solar Hijri dates as Persian and Dari pages write them ("۲۷ خرداد ۱۳۹۳", "شنبه ۲۷ جوزا ۱۳۹۳",
 * "1393/03/27", "1393-3-27 SH") to Gregorian ISO dates, through ICU's Persian calendar. Month names, Iranian
 * and Afghan, come from the Persian vocabulary; labels, times and weekdays around a date are handled by
 * {@link DateText}.
 */
public final class PersianDates {

    private static final Pattern WRITTEN = Pattern.compile(
            "(\\d{1,2})\\s+(\\p{IsArabic}+)\\s+(\\d{4})(?:\\s*(?:ه\\.?\\s*ش\\.?|هجری شمسی|خورشیدی))?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(1[34]\\d\\d)\\s*[/-]\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*(?:SH|AP|ه\\.?\\s*ش\\.?|هجری شمسی|خورشیدی))?");
    private static final Pattern DAY_MONTH_START = Pattern.compile("^(\\d{1,2})\\s+(\\p{IsArabic}+)(?!\\s*\\d)");
    private static final int MAX_DAY = 31;
    private static final int FIRST_YEAR = 1300;
    private static final int LAST_YEAR = 1499;

    private PersianDates() {
    }

    /** The Gregorian date when the whole of {@code text} is one Solar Hijri date (labels, weekday, time allowed). */
    public static Optional<LocalDate> parseWhole(String text) {
        return DateText.strip(text).flatMap(t -> core(t).filter(f -> f.start() == 0).map(EnglishDates.Found::date));
    }

    /** The Solar Hijri date ending {@code t} (ASCII digits, letters unified). */
    static Optional<EnglishDates.Found> core(String t) {
        for (Pattern pattern : new Pattern[] {WRITTEN, NUMERIC}) {
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                if (m.end() == t.length() && (m.start() == 0 || !Character.isLetterOrDigit(t.charAt(m.start() - 1)))) {
                    int month = pattern == WRITTEN
                            ? Vocabulary.of("months", Language.PERSIAN.code()).number(m.group(2)).orElse(0) : num(m, 2);
                    Optional<LocalDate> date = toGregorian(num(m, 3 - (pattern == WRITTEN ? 0 : 2)), month,
                            num(m, pattern == WRITTEN ? 1 : 3));
                    if (date.isPresent()) {
                        return Optional.of(new EnglishDates.Found(date.get(), m.start()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A day and Solar Hijri month without a year at the start of {@code t} ("12 مهر"), not followed by a year. */
    static Optional<EnglishDates.DayFound> dayAtStart(String t) {
        Matcher m = DAY_MONTH_START.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = Vocabulary.of("months", Language.PERSIAN.code()).number(m.group(2)).orElse(0);
        int day = num(m, 1);
        return month == 0 || day < 1 || day > MAX_DAY ? Optional.empty()
                : Optional.of(new EnglishDates.DayFound(new CalendarDay(true, month, day, m.group()), m.end()));
    }

    /** The Solar Hijri year {@code date} falls in. */
    static int solarYear(LocalDate date) {
        Calendar persian = Calendar.getInstance(TimeZone.GMT_ZONE, Language.SOLAR_HIJRI);
        persian.setTimeInMillis(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return persian.get(Calendar.EXTENDED_YEAR);
    }

    static Optional<LocalDate> toGregorian(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) {
            return Optional.empty();
        }
        Calendar persian = Calendar.getInstance(TimeZone.GMT_ZONE, Language.SOLAR_HIJRI);
        persian.setLenient(false);
        persian.clear();
        persian.set(year, month - 1, day);
        try {
            return Optional.of(Instant.ofEpochMilli(persian.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
