package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontAndFooterTest {

    private static final Path FILE = Path.of("x.txt");
    private static final String PARAGRAPH = "The council met on Monday and agreed on a plan to repair the bridge"
            + " before the rains, officials said.";
    private static final String SECOND = "Work is expected to start next week and to last until the autumn.";

    private static Draft extract(String text) throws ContentException {
        return Extractor.extract(text, FILE);
    }

    private static List<String> paragraphs(Draft draft) {
        return ArticleBuilder.paragraphs(draft.body(), "en", Lexicon.empty());
    }

    @Test
    void takesANameLineSetApartUnderTheTitleForTheAuthor() throws ContentException {
        Draft draft = extract(String.join("\n\n", "# Bridge to be repaired", "Jane Roe-Smith  ", PARAGRAPH, SECOND));
        assertEquals("Jane Roe-Smith", draft.author());
        assertEquals(List.of(PARAGRAPH, SECOND), paragraphs(draft));
    }

    @Test
    void doesNotTakeASectionLabelUnderTheTitleForAnAuthor() throws ContentException {
        Draft draft = extract(String.join("\n\n", "# Bridge to be repaired", "Middle East", PARAGRAPH, SECOND));
        assertNull(draft.author());
    }

    @Test
    void skipsAMastheadInAnotherScriptAndTakesTheHeadingBeforeTheByline() throws ContentException {
        Draft draft = extract(String.join("\n\n", "# نام سایت", "Site Name",
                "[www.example.org](http://www.example.org)", "Section", "<http://news.example.com/2015/bridge.html>",
                "## Bridge to be repaired", "By Jane Roe", "4 May 2015", PARAGRAPH, SECOND));
        assertEquals("Bridge to be repaired", draft.title());
        assertEquals("Jane Roe", draft.author());
        assertEquals(LocalDate.of(2015, 5, 4), draft.date());
        assertEquals("http://news.example.com/2015/bridge.html", draft.sourceUrl());
        assertEquals("news.example.com", draft.publisher());
        assertEquals("example.org", draft.via());
        assertEquals(List.of(PARAGRAPH, SECOND), paragraphs(draft));
    }

    @Test
    void takesTheTitleFromABreadcrumbAndDropsTheRepeatedTitle() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Home / News / Bridge to be repaired", "Bridge to be repaired",
                PARAGRAPH, SECOND));
        assertEquals("Bridge to be repaired", draft.title());
        assertEquals(List.of(PARAGRAPH, SECOND), paragraphs(draft));
    }

    @Test
    void takesTheTitleFromABreadcrumbAlone() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Home / News / Bridge to be repaired", PARAGRAPH, SECOND));
        assertEquals("Bridge to be repaired", draft.title());
        assertEquals(2, draft.body().size());
    }

    @Test
    void cutsAttributionRelatedArticlesAndCommentPrompts() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Bridge to be repaired", PARAGRAPH, SECOND,
                "Source: The Town Courier", "Check Also", "عنوان مقاله دیگر", "Leave a Reply"));
        assertEquals("The Town Courier", draft.publisher());
        assertEquals(List.of(PARAGRAPH, SECOND), paragraphs(draft));
    }

    @Test
    void cutsAContactFooterAndTakesThePublisherFromItsLink() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Bridge to be repaired", PARAGRAPH, SECOND + "\n\n",
                "To contact the editors visit:", "**[example.net/contact](http://example.net/contact)**"));
        assertEquals("example.net", draft.publisher());
        assertEquals(List.of(PARAGRAPH, SECOND), paragraphs(draft));
    }

    @Test
    void findsTheTitleUnderADateLineAndALooseByline() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Site Name", "Section", "4 May 2015", "Bridge to be repaired",
                "By the Editorial Board", PARAGRAPH));
        assertEquals("Bridge to be repaired", draft.title());
        assertEquals("the Editorial Board", draft.author());
        assertEquals(LocalDate.of(2015, 5, 4), draft.date());
    }

    @Test
    void takesTheSourceAddressFromAnAttributionLine() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Bridge to be repaired", PARAGRAPH,
                "Source: http://www.courier.example/2015/05/bridge"));
        assertEquals("http://www.courier.example/2015/05/bridge", draft.sourceUrl());
        assertEquals("courier.example", draft.publisher());
        assertEquals(List.of(PARAGRAPH), paragraphs(draft));
    }

    @Test
    void takesABylineUnderASubtitleOutOfTheBody() throws ContentException {
        String subtitle = "The old crossing will be closed for the whole summer while engineers replace its pillars.";
        Draft draft = extract(String.join("\n\n", "Bridge to be repaired", subtitle, "Jane Roe 4 May 2015",
                PARAGRAPH));
        assertEquals("Jane Roe", draft.author());
        assertEquals(List.of(subtitle, PARAGRAPH), paragraphs(draft));
    }

    @Test
    void aTitleThatReadsLikeANameIsStillTheTitleWhenThereIsNoOther() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Bridge Works Begin", "4 May 2015", PARAGRAPH));
        assertEquals("Bridge Works Begin", draft.title());
        assertNull(draft.author());
        assertEquals(LocalDate.of(2015, 5, 4), draft.date());
    }

    @Test
    void keepsAShortLastParagraph() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Bridge to be repaired", PARAGRAPH, "Stop it."));
        assertEquals(List.of(PARAGRAPH, "Stop it."), paragraphs(draft));
    }

    @Test
    void neverInventsAnAuthorOrDate() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Bridge to be repaired", PARAGRAPH));
        assertNull(draft.author());
        assertNull(draft.date());
        assertNull(draft.publisher());
    }

    @Test
    void aFileOfTextAloneGetsItsFirstWordsAsTitleWithAWarning() throws ContentException {
        Extraction extraction = Extractor.explain(PARAGRAPH + "\n\n" + PARAGRAPH + "\n", Path.of("x.txt"));
        assertTrue(extraction.draft().title().endsWith("…"), extraction.draft().title());
        assertEquals(List.of(PARAGRAPH, PARAGRAPH), paragraphs(extraction.draft()));
        assertEquals(1, extraction.warnings().size());
        assertTrue(extraction.warnings().get(0).startsWith("x.txt:1:1: warning: no clear title; used line 1"),
                extraction.warnings().get(0));
    }

    @Test
    void aFileOfOneSentenceIsItsOwnTitleAndText() throws ContentException {
        Extraction extraction = Extractor.explain("The council met on Monday.\n", Path.of("x.txt"));
        assertEquals("The council met on Monday.", extraction.draft().title());
        assertEquals(List.of("The council met on Monday."), paragraphs(extraction.draft()));
        assertEquals(1, extraction.warnings().size());
    }

    @Test
    void aFileWithoutTextIsAnError() {
        ContentException e = assertThrows(ContentException.class, () -> extract("\n\n"));
        assertTrue(e.getMessage().startsWith("x.txt: error: no article text found"), e.getMessage());
    }

    @Test
    void aSentenceThatStartsLikeAFooterIsPartOfTheArticle() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Bridge to be repaired", PARAGRAPH,
                "Contact with the builders was lost on Monday.", SECOND));
        assertEquals(List.of(PARAGRAPH, "Contact with the builders was lost on Monday.", SECOND), paragraphs(draft));
    }

    @Test
    void aMarkerWithMoreTextAfterThanBeforeIsNotTheFooter() throws ContentException {
        Draft draft = extract(String.join("\n\n", "Bridge to be repaired", PARAGRAPH, "Related", SECOND, PARAGRAPH));
        assertEquals(4, draft.body().size());
    }

    @Test
    void footerMarkersAreShortLinesOnly() {
        assertTrue(Footer.isMarker(new Block(List.of("Related Posts"), 1, 0, false)));
        assertTrue(Footer.isMarker(new Block(List.of("Share this:"), 1, 0, false)));
        assertTrue(Footer.isMarker(new Block(List.of("Previous article: Rain returns"), 1, 0, false)));
        assertTrue(Footer.isMarker(new Block(List.of("منبع : خبرگزاری"), 1, 0, false)));
        assertTrue(!Footer.isMarker(new Block(List.of("Source: officials in the ministry said on Monday that the"
                + " plan would go ahead despite the protests of the farmers."), 1, 0, false)));
    }
}
