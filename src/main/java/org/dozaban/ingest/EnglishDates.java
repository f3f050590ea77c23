package org.dozaban.ingest;

import org.dozaban.text.Language;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gregorian dates in words or ISO-8601 ("17 June 2014", "June 17, 2014", "Tue, Jun. 17, 2014",
 * "2014-06-17", "2014-06-17T08:30:00+04:30") to ISO dates. Month and weekday names come from the English
 * vocabulary; labels, times and weekdays around a date are handled by {@link DateText}.
 */
public final class EnglishDates {

    private static final String MONTH = "(" + Vocabulary.of("months", Language.ENGLISH.code()).alternation() + ")\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern MONTH_DAY_START =
            Pattern.compile("^" + MONTH + "\\s+" + DAY + "(?![\\d,])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_START =
            Pattern.compile("^" + DAY + "\\s+" + MONTH + "(?![\\p{L},])", Pattern.CASE_INSENSITIVE);
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2199;

    /** A date found in a text, with where it starts. */
    public record Found(LocalDate date, int start) {
    }

    /** A day of a month without a year, and where its text ends. */
    record DayFound(CalendarDay day, int end) {
    }

    private EnglishDates() {
    }

    /** A month and day without a year at the start of {@code t} ("March 9", "9 March", "Nov. 7"), not followed by a year. */
    static Optional<DayFound> dayAtStart(String t) {
        for (Pattern pattern : new Pattern[] {MONTH_DAY_START, DAY_MONTH_START}) {
            Matcher m = pattern.matcher(t);
            if (m.find()) {
                boolean dayFirst = pattern == DAY_MONTH_START;
                int month = Vocabulary.of("months", Language.ENGLISH.code()).number(m.group(dayFirst ? 2 : 1)).orElse(0);
                int day = num(m, dayFirst ? 1 : 2);
                try {
                    java.time.MonthDay.of(month, day);
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
                return Optional.of(new DayFound(new CalendarDay(false, month, day, m.group()), m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * The date when the whole of {@code text} is one Gregorian date: a label before it, a weekday before or
     * after it, a time of day and zone after it are allowed.
     */
    public static Optional<LocalDate> parseWhole(String text) {
        return DateText.strip(text).flatMap(t -> core(t).filter(f -> f.start() == 0).map(Found::date));
    }

    /** The Gregorian date ending {@code t}, which is already stripped of times and weekdays. */
    static Optional<Found> core(String t) {
        for (Pattern pattern : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO}) {
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                if (m.end() == t.length() && (m.start() == 0 || !Character.isLetterOrDigit(t.charAt(m.start() - 1)))) {
                    Optional<LocalDate> date = toDate(pattern, m);
                    if (date.isPresent()) {
                        return Optional.of(new Found(date.get(), m.start()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
        try {
            int year;
            int month;
            int day;
            if (pattern == ISO) {
                year = num(m, 1);
                month = num(m, 2);
                day = num(m, 3);
            } else {
                boolean dayFirst = pattern == DAY_MONTH_YEAR;
                day = num(m, dayFirst ? 1 : 2);
                month = Vocabulary.of("months", Language.ENGLISH.code()).number(m.group(dayFirst ? 2 : 1)).orElse(0);
                year = num(m, 3);
            }
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
