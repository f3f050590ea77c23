package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A wire dateline without a year takes its year from the document, or leaves the date out with a warning. */
class DatelineYearTest {

    private static final Path FILE = Path.of("seeds", "wire.txt");
    private static final String TITLE = "Ferry crews vote to strike over night shifts";
    private static final String LEAD = "PORT ELLEN, Dec 30 (Island Wire) - Crews on the island ferries voted on"
            + " Thursday to strike for two days, after talks on a new rota broke down.";
    private static final String SECOND = "The ferry company said it was disappointed and would keep talking.";

    private static Extraction explain(String... blocks) throws ContentException {
        return Extractor.explain(String.join("\n\n", blocks), FILE);
    }

    @Test
    void readsTheDayOfADatelineWithoutAYear() {
        assertEquals(Optional.of(new CalendarDay(false, 3, 9, "March 9")),
                DateText.datelineWithoutYear("PORT ELLEN, March 9 (Island Wire) - Crews"));
        assertEquals(Optional.of(new CalendarDay(false, 11, 7, "7 Nov.")),
                DateText.datelineWithoutYear("NORTHPORT, 7 Nov. - Fishermen"));
        assertEquals(Optional.of(new CalendarDay(true, 8, 10, "10 عقرب")),
                DateText.datelineWithoutYear("هرات - ۱۰ عقرب (آژانس خبری پامیر) - کشاورزان"));
        assertEquals(Optional.empty(), DateText.datelineWithoutYear("هرات - ۱۰ عقرب ۱۴۰۱ (آژانس خبری پامیر) - کشاورزان"));
        assertEquals(Optional.empty(), DateText.datelineWithoutYear("PORT ELLEN, March 9, 2023 (Island Wire) - Crews"));
        assertEquals(Optional.empty(), DateText.datelineWithoutYear("In March 9 boats sailed - and then"));
    }

    @Test
    void takesTheYearOfACopyrightLine() throws ContentException {
        Extraction e = explain(TITLE, LEAD, SECOND, "© 2021 Island Wire");
        assertEquals(LocalDate.of(2021, 12, 30), e.draft().date());
        assertTrue(e.warnings().isEmpty(), e.warnings().toString());
    }

    @Test
    void aFilingDateAfterTheArticleGivesTheYearBeforeIt() throws ContentException {
        assertEquals(LocalDate.of(2022, 12, 30), explain(TITLE, LEAD, SECOND, "(Reporting by Iain MacLeod)", "2 January 2023 08:15 GMT").draft().date());
    }

    @Test
    void withoutAYearInTheDocumentTheDateIsLeftOutAndTheLineNamed() throws ContentException {
        Extraction e = explain(TITLE, LEAD, SECOND);
        assertNull(e.draft().date());
        assertEquals(List.of("seeds/wire.txt:3:1: warning: the dateline gives Dec 30 without a year, and nothing"
                + " else in the file gives one; the date was left out\n  hint: set date: yyyy-mm-dd in the written file"),
                e.warnings());
    }

    @Test
    void aDatelineThatIsNotFebruaryTheTwentyNinthInTheYearGivenIsNoDate() throws ContentException {
        String lead = LEAD.replace("Dec 30", "Feb 29");
        assertNull(explain(TITLE, lead, SECOND, "Copyright 2023 Island Wire").draft().date());
        assertEquals(LocalDate.of(2024, 2, 29), explain(TITLE, lead, SECOND, "Copyright 2024 Island Wire").draft().date());
    }

    @Test
    void aCopyrightYearOfTheOtherCalendarGivesTheDayThatFallsInIt() {
        CalendarDay mehr12 = new CalendarDay(true, 7, 12, "12 مهر");
        assertEquals(Optional.of(LocalDate.of(2023, 10, 4)), mehr12.inWrittenYear(1402));
        assertEquals(Optional.of(LocalDate.of(2023, 10, 4)), mehr12.inWrittenYear(2023));
        CalendarDay dey10 = new CalendarDay(true, 10, 10, "10 دی");
        assertEquals(Optional.of(LocalDate.of(2023, 12, 31)), dey10.inWrittenYear(2023));
        CalendarDay march9 = new CalendarDay(false, 3, 9, "March 9");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 9)), march9.inWrittenYear(1402));
        assertEquals(Optional.of(LocalDate.of(2022, 3, 9)), march9.onOrBefore(LocalDate.of(2023, 3, 8)));
    }
}
