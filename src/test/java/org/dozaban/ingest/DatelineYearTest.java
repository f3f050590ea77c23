package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
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
        assertEquals(Optional.of(MonthDay.of(3, 9)), DateText.datelineWithoutYear("PORT ELLEN, March 9 (Island Wire) - Crews"));
        assertEquals(Optional.of(MonthDay.of(11, 7)), DateText.datelineWithoutYear("NORTHPORT, 7 Nov. - Fishermen"));
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
        assertEquals(List.of("seeds/wire.txt:3:1: warning: the dateline gives December 30 without a year, and nothing"
                + " else in the file gives one; the date was left out\n  hint: set date: yyyy-mm-dd in the written file"),
                e.warnings());
    }

    @Test
    void aDatelineThatIsNotFebruaryTheTwentyNinthInTheYearGivenIsNoDate() throws ContentException {
        String lead = LEAD.replace("Dec 30", "Feb 29");
        assertNull(explain(TITLE, lead, SECOND, "Copyright 2023 Island Wire").draft().date());
        assertEquals(LocalDate.of(2024, 2, 29), explain(TITLE, lead, SECOND, "Copyright 2024 Island Wire").draft().date());
    }
}
