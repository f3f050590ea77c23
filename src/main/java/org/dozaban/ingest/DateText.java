package org.dozaban.ingest;

import org.dozaban.text.PersianText;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as they stand as metadata, in either calendar: the date itself (see {@link EnglishDates},
 * {@link PersianDates}) with a label before it ("Published:", "تاریخ انتشار:"), a weekday before or after
 * it, a time of day and zone after it ("4:05 p.m. EST", "- ۱۰:۴۵", "07:02:11 +0000"), and, for datelines,
 * a place before it ("GRANTHAM FALLS, April 18, 2022", "مشهد - ۱۸ آذر ۱۴۰۰"). Digits of any script are read.
 */
public final class DateText {

    private static final Pattern TIME = Pattern.compile(
            "(?i)(?:^|[\\s,،\\-–—|·]+)(?:at\\s+|ساعت\\s*)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?"
                    + "(?:\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}|GMT[+-]?\\d{0,2}))?\\s*$");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s,،:|·\\-–—]+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s,،:|·\\-–—.]+$");
    /** A place before a date: capitals ("GRANTHAM FALLS") or up to three words in Arabic script, then a comma or dash. */
    private static final Pattern PLACE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu}'’.\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]+){0,3}|\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,2})"
                    + "\\s*[,،]?\\s*[\\-–—]?\\s*");
    /** An agency in brackets and a dash after a dateline's date. */
    private static final Pattern AGENCY_DASH = Pattern.compile("^\\s*(?:\\([^)]{1,60}\\))?\\s*(?:-{1,2}|–|—)\\s+");

    private DateText() {
    }

    /** ASCII digits, Persian letters unified, bidi marks gone: the form dates are matched in. */
    static String plain(String text) {
        String unified = PersianText.unifyLetters(text);
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints().forEach(cp -> out.appendCodePoint(Character.isDigit(cp) ? '0' + Character.digit(cp, 10) : cp));
        return out.toString();
    }

    /** The date when the whole of {@code text} is one date, in either calendar. */
    public static Optional<LocalDate> parseWhole(String text) {
        return strip(text).flatMap(t -> whole(t));
    }

    private static Optional<LocalDate> whole(String t) {
        return EnglishDates.core(t).or(() -> PersianDates.core(t)).filter(f -> f.start() == 0)
                .map(EnglishDates.Found::date);
    }

    /**
     * {@code text} without a date label, a time of day at its end and weekdays at either end; empty when
     * nothing is left.
     */
    static Optional<String> strip(String text) {
        String t = plain(text.strip());
        Optional<String> label = Vocabulary.of("date-labels").prefixOf(t);
        if (label.isPresent()) {
            t = t.substring(labelEnd(t, label.get()));
            t = t.replaceFirst("(?i)^\\s*(?:on|در)\\s+", "");
        }
        t = LEADING_PUNCT.matcher(t).replaceFirst("");
        t = TIME.matcher(t).replaceFirst("");
        t = TRAILING_PUNCT.matcher(t).replaceFirst("");
        t = withoutWeekdays(t);
        t = TIME.matcher(t).replaceFirst("");
        t = TRAILING_PUNCT.matcher(t).replaceFirst("").strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** Where the label ends in {@code t}: its length in the original text, colons and spaces after it included. */
    private static int labelEnd(String t, String label) {
        int words = label.split(" ").length;
        Matcher m = Pattern.compile("^\\s*(?:\\S+\\s*){" + words + "}").matcher(t.replace('\u200C', ' '));
        int end = m.find() ? m.end() : label.length();
        while (end < t.length() && (t.charAt(end) == ':' || t.charAt(end) == '：' || Character.isWhitespace(t.charAt(end)))) {
            end++;
        }
        return Math.min(end, t.length());
    }

    private static String withoutWeekdays(String text) {
        String t = text;
        Vocabulary weekdays = Vocabulary.of("weekdays");
        Optional<String> before = weekdays.prefixOf(t);
        if (before.isPresent()) {
            String rest = t.substring(Math.min(t.length(), before.get().length())).replaceFirst("^\\.?[,،]?\\s*", "");
            if (!rest.equals(t) && rest.length() < t.length()) {
                t = rest;
            }
        }
        Matcher last = Pattern.compile("[,،]?\\s+(\\p{L}+\\.?)$").matcher(t);
        if (last.find() && weekdays.isWhole(last.group(1))) {
            t = t.substring(0, last.start());
        }
        return t;
    }

    /**
     * The date that ends {@code text} after a name ("Amina El-Khoury June 17, 2014", "مریم احمدی ۱۲ آذر
     * ۱۳۹۳"), a time or weekday around it allowed; the start is where the date (or its weekday) begins.
     */
    public static Optional<EnglishDates.Found> atEnd(String text) {
        String t = plain(text.strip());
        t = TIME.matcher(t).replaceFirst("");
        t = TRAILING_PUNCT.matcher(t).replaceFirst("");
        Matcher after = Pattern.compile("[,،]?\\s+(\\p{L}+\\.?)$").matcher(t);
        if (after.find() && Vocabulary.of("weekdays").isWhole(after.group(1))) {
            t = t.substring(0, after.start());
        }
        String core = t;
        Optional<EnglishDates.Found> found = EnglishDates.core(core).or(() -> PersianDates.core(core));
        if (found.isEmpty()) {
            return found;
        }
        int start = found.get().start();
        String before = core.substring(0, start);
        Matcher weekday = Pattern.compile("(\\p{L}+(?:[\\s\\u200C]\\p{L}+)?)\\.?[,،]?\\s*$").matcher(before);
        if (weekday.find() && Vocabulary.of("weekdays").isWhole(weekday.group(1))) {
            start = weekday.start();
        }
        return Optional.of(new EnglishDates.Found(found.get().date(), start));
    }

    /**
     * The day of a wire dateline that gives no year, at the start of {@code text}: a place, a comma or dash, a
     * month and day, an agency in brackets and a dash ("PORT ELLEN, March 9 (Island Wire) -", "شیراز - ۱۲ مهر
     * (خبرگزاری پارس) -").
     */
    static Optional<CalendarDay> datelineWithoutYear(String text) {
        return afterPlace(text).flatMap(rest -> EnglishDates.dayAtStart(rest).or(() -> PersianDates.dayAtStart(rest))
                .filter(found -> AGENCY_DASH.matcher(rest.substring(found.end())).find())
                .map(EnglishDates.DayFound::day));
    }

    /** The text after a dateline's place, digits made ASCII; empty when {@code text} starts with no place. */
    private static Optional<String> afterPlace(String text) {
        String t = plain(text.strip());
        Matcher place = PLACE.matcher(t);
        return place.find() && place.end() > 0 && place.end() < t.length()
                ? Optional.of(t.substring(place.end())) : Optional.empty();
    }

    /**
     * The date of a dateline at the start of {@code text}: a place, a comma or dash, a date, an agency in
     * brackets and a dash ("GRANTHAM FALLS, April 18, 2022 (Northern Wire) --", "هرات - ۱۰ عقرب ۱۴۰۱ -"),
     * or a whole line of place, date and time ("مشهد - ۱۸ آذر ۱۴۰۰ - ۱۴:۳۰").
     */
    public static Optional<LocalDate> dateline(String text) {
        Optional<String> after = afterPlace(text);
        if (after.isEmpty()) {
            return Optional.empty();
        }
        String rest = after.get();
        Optional<LocalDate> line = parseWhole(rest);
        if (line.isPresent()) {
            return line;
        }
        for (int end = Math.min(rest.length(), 40); end >= 6; end--) {
            String head = rest.substring(0, end);
            Optional<LocalDate> date = whole(head.strip());
            if (date.isPresent() && AGENCY_DASH.matcher(rest.substring(end)).find()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
