package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Subtitles (decks, standfirsts) read from their place under the title, and what is not one. */
class SubtitleTest {

    private static final Path FILE = Path.of("x.txt");
    private static final String PARAGRAPH = "The council met on Monday and agreed on a plan to repair the bridge"
            + " before the rains, officials said.";
    private static final String SECOND = "Work is expected to start next week and to last until the autumn.";

    private static Draft extract(String... blocks) throws ContentException {
        return Extractor.extract(String.join("\n\n", blocks), FILE);
    }

    private static List<String> paragraphs(Draft draft) {
        return ArticleBuilder.paragraphs(draft.body(), "en", Lexicon.empty());
    }

    @Test
    void aSentenceBetweenTheTitleAndTheBylineIsTheSubtitle() throws ContentException {
        Draft draft = extract("# Bridge to be repaired", "The council says the work will be finished before the rains.",
                "By Jane Roe", PARAGRAPH, SECOND);
        assertEquals("The council says the work will be finished before the rains.", draft.subtitle());
        assertEquals("Jane Roe", draft.author());
        assertEquals(List.of(PARAGRAPH, SECOND), paragraphs(draft));
    }

    @Test
    void anEmphasisedLineJustBeforeTheTextIsTheSubtitleWithoutItsMarks() throws ContentException {
        Draft draft = extract("# Bridge to be repaired", "*Repairs to the old stone bridge start next week*",
                PARAGRAPH, SECOND);
        assertEquals("Repairs to the old stone bridge start next week", draft.subtitle());
        assertEquals(List.of(PARAGRAPH, SECOND), paragraphs(draft));
    }

    @Test
    void aHeadlineOverALongerLineAndADateIsTheTitle() throws ContentException {
        Draft draft = extract("Bridge on the river road to be repaired",
                "Work on the old stone bridge starts next week and ends before the rains", "June 3, 2022",
                PARAGRAPH, SECOND);
        assertEquals("Bridge on the river road to be repaired", draft.title());
        assertEquals("Work on the old stone bridge starts next week and ends before the rains", draft.subtitle());
        assertEquals(LocalDate.of(2022, 6, 3), draft.date());
    }

    @Test
    void aSectionLabelANameOrASlugLineIsNoSubtitle() throws ContentException {
        assertNull(extract("# Bridge to be repaired", "Middle East", PARAGRAPH, SECOND).subtitle());
        assertNull(extract("# Bridge to be repaired", "Jane Roe-Smith  ", PARAGRAPH, SECOND).subtitle());
        Draft slug = extract("WIRE 0412 LOCAL NEWS ENGLISH", "Bridge on the river road to be repaired", "June 3, 2022",
                PARAGRAPH, SECOND);
        assertEquals("Bridge on the river road to be repaired", slug.title());
        assertNull(slug.subtitle());
    }

    @Test
    void theSubtitleLeadsTheBodyInItalicsInEnglishAndInBoldInPersian() {
        assertEquals("*A deck*", ArticleBuilder.lead("A deck", "en"));
        assertEquals("**روتیتر**", ArticleBuilder.lead("روتیتر", "fa"));
    }

    @Test
    void aLineUnderTheTitleWithNoTextAfterItIsTheText() throws ContentException {
        Draft draft = extract("# Bridge to be repaired", "Repairs to the old stone bridge start next week");
        assertNull(draft.subtitle());
        assertEquals(List.of("Repairs to the old stone bridge start next week"), paragraphs(draft));
    }

    @Test
    void anHtmlSubheadingUnderTheHeadlineIsTheSubtitleUnlessItIsAllTheText() throws ContentException {
        String page = "<html><body><article><h1>Bridge to be repaired</h1>\n<h2>Work on the old stone bridge starts"
                + " next week</h2>\n%s</article></body></html>";
        Draft withText = Extractor.extract(String.format(page, "<p>" + PARAGRAPH + "</p>"), Path.of("a.html"));
        assertEquals("Work on the old stone bridge starts next week", withText.subtitle());
        assertEquals(List.of(PARAGRAPH), paragraphs(withText));
        Draft alone = Extractor.extract(String.format(page, ""), Path.of("a.html"));
        assertNull(alone.subtitle());
        assertEquals(List.of("## Work on the old stone bridge starts next week"), paragraphs(alone));
    }

    @Test
    void aLowerHeadingUnderTheTitleIsItsSubtitleButASectionNameIsNot() throws ContentException {
        Draft deck = extract("# Bridge to be repaired", "## Work on the old stone bridge starts next week", "By Jane Roe",
                PARAGRAPH, SECOND);
        assertEquals("Bridge to be repaired", deck.title());
        assertEquals("Work on the old stone bridge starts next week", deck.subtitle());
        Draft section = extract("# Bridge to be repaired", "## The old bridge", PARAGRAPH, SECOND);
        assertEquals("Bridge to be repaired", section.title());
        assertNull(section.subtitle());
        assertEquals(List.of("## The old bridge", PARAGRAPH, SECOND), paragraphs(section));
    }
}
