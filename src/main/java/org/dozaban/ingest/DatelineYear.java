package org.dozaban.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a wire dateline that gives only a day and month ("PORT ELLEN, March 9 (Island Wire) -",
 * "شیراز - ۱۲ مهر (خبرگزاری پارس) -"), taken from the document itself: a date on a line after the article (a
 * filing time), else the year of a copyright line, in either calendar. The file's own times say nothing
 * about when the article was written, so they are never used.
 *
 * @param date     the dateline's date in the year found, or null when the document gives no year
 * @param day      the dateline's day and month
 * @param evidence what gave the year, in words, or why there is none
 */
record DatelineYear(LocalDate date, CalendarDay day, String evidence) {

    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(\\d{4})\\b");
    private static final int MAX_DATE_LINE_WORDS = 8;

    /** The dateline at the start of {@code first}, dated from {@code after}, the blocks after the article. */
    static Optional<DatelineYear> of(Block first, List<Block> after) {
        return DateText.datelineWithoutYear(first.first()).map(day -> dated(day, after));
    }

    private static DatelineYear dated(CalendarDay day, List<Block> after) {
        for (Block b : after) {
            for (String line : b.lines()) {
                Optional<EnglishDates.Found> found = DateText.atEnd(line);
                if (found.isPresent() && line.strip().split("\\s+").length <= MAX_DATE_LINE_WORDS) {
                    return new DatelineYear(day.onOrBefore(found.get().date()).orElse(null), day,
                            "year from the date on line " + b.line());
                }
            }
        }
        for (Block b : after) {
            Matcher m = COPYRIGHT_YEAR.matcher(DateText.plain(b.flat()));
            if (m.find()) {
                return new DatelineYear(day.inWrittenYear(Integer.parseInt(m.group(1))).orElse(null), day,
                        "year from the copyright line " + b.line());
            }
        }
        return new DatelineYear(null, day, "no year in the document");
    }

    /** The day and month as the dateline writes them ("March 9", "12 مهر"). */
    String dayText() {
        return day.written();
    }

    /** The dateline's feature for {@code --explain}. */
    String feature() {
        return "starts with a dateline without a year (" + dayText() + "), " + (date == null ? evidence
                : evidence + ", date " + date);
    }
}
