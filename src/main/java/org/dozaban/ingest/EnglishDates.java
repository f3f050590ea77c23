package org.dozaban.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English date forms ("17 June 2014", "June 17, 2014", "Tue, Jun. 17, 2014", "2014-06-17") to ISO dates. */
public final class EnglishDates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(WEEKDAY + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile(
            "(?i)[\\s,]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?$");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:published|posted|updated|last updated|date|dated)(?:\\s+on)?\\s*:?\\s*");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** A date found in a text, with where it starts. */
    public record Found(LocalDate date, int start) {
    }

    private EnglishDates() {
    }

    /**
     * The date when the whole of {@code text} is one date: trimmed, with an ending full stop, a time of day
     * or a "Published:"-style label allowed.
     */
    public static Optional<LocalDate> parseWhole(String text) {
        String t = LABEL.matcher(TIME.matcher(text.strip().replaceAll("\\.$", "")).replaceFirst("")).replaceFirst("");
        return atEnd(t).filter(f -> f.start() == 0).map(Found::date);
    }

    /** The date that ends {@code text}, if any. */
    public static Optional<Found> atEnd(String text) {
        String t = text.strip();
        for (Pattern pattern : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO}) {
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                if (m.end() == t.length()) {
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
            if (pattern == ISO) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            boolean dayFirst = pattern == DAY_MONTH_YEAR;
            int day = num(m, dayFirst ? 1 : 2);
            int month = MONTHS.get(m.group(dayFirst ? 2 : 1).substring(0, 3).toLowerCase(Locale.ROOT));
            return Optional.of(LocalDate.of(num(m, 3), month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
