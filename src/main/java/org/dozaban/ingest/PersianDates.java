package org.dozaban.ingest;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Solar Hijri dates as Persian and Dari pages write them ("۲۷ خرداد ۱۳۹۳", "شنبه ۲۷ جوزا ۱۳۹۳",
 * "1393/03/27", "1393-03-27 SH") to Gregorian ISO dates, through ICU's Persian calendar.
 */
public final class PersianDates {

    private static final List<String> IRANIAN_MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد",
            "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");
    /** The same months by their Dari (zodiac) names, used in Afghanistan. */
    private static final List<String> DARI_MONTHS = List.of("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله",
            "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت");
    private static final String WEEKDAY = "(?:(?:شنبه|یکشنبه|یک‌شنبه|دوشنبه|سه‌شنبه|سه شنبه|چهارشنبه|پنجشنبه"
            + "|پنج‌شنبه|جمعه)[،,]?\\s+)?";
    private static final Pattern WRITTEN = Pattern.compile(
            WEEKDAY + "(\\d{1,2})\\s+(\\p{IsArabic}+)\\s+(\\d{4})(?:\\s*(?:ه\\.?\\s*ش\\.?|هجری شمسی))?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(1[34]\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:\\s*(?:SH|AP|ه\\.?\\s*ش\\.?|هجری شمسی))?");
    private static final int FIRST_YEAR = 1300;
    private static final int LAST_YEAR = 1499;

    private PersianDates() {
    }

    /** The Gregorian date when the whole of {@code text} is one Solar Hijri date. */
    public static Optional<LocalDate> parseWhole(String text) {
        String t = asciiDigits(org.dozaban.text.PersianText.unifyLetters(text.strip()));
        Matcher written = WRITTEN.matcher(t);
        if (written.matches()) {
            int month = monthOf(written.group(2));
            return month == 0 ? Optional.empty()
                    : toGregorian(num(written, 3), month, num(written, 1));
        }
        Matcher numeric = NUMERIC.matcher(t);
        return numeric.matches() ? toGregorian(num(numeric, 1), num(numeric, 2), num(numeric, 3)) : Optional.empty();
    }

    /**
     * The Solar Hijri date that ends {@code text} ("مریم احمدی ۱۲ آذر ۱۳۹۳"), with where it starts; the
     * weekday before it, if any, is part of it.
     */
    public static Optional<EnglishDates.Found> atEnd(String text) {
        String t = asciiDigits(org.dozaban.text.PersianText.unifyLetters(text.strip()));
        for (Pattern pattern : new Pattern[] {WRITTEN, NUMERIC}) {
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                if (m.end() == t.length() && (m.start() == 0 || Character.isWhitespace(t.charAt(m.start() - 1)))) {
                    Optional<LocalDate> date = parseWhole(m.group());
                    if (date.isPresent()) {
                        return Optional.of(new EnglishDates.Found(date.get(), m.start()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int monthOf(String name) {
        int iranian = IRANIAN_MONTHS.indexOf(name);
        return iranian >= 0 ? iranian + 1 : DARI_MONTHS.indexOf(name) + 1;
    }

    private static Optional<LocalDate> toGregorian(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1) {
            return Optional.empty();
        }
        Calendar persian = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("fa_IR@calendar=persian"));
        persian.setLenient(false);
        persian.clear();
        persian.set(year, month - 1, day);
        try {
            return Optional.of(Instant.ofEpochMilli(persian.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(
                Character.isDigit(cp) ? '0' + Character.digit(cp, 10) : cp));
        return out.toString();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
