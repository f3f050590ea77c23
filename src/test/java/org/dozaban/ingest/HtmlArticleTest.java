package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleTest {

    private static final String PAGE = """
            <!doctype html><html><head><title>Harbour wall repaired | Coast News</title>
            <meta name="author" content="JANE ROE">
            <meta property="article:published_time" content="2022-03-01T10:00:00Z">
            <link rel="canonical" href="https://coast.example/harbour-wall">
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div id="main"><h1>Harbour wall repaired</h1>
            <p>The old harbour wall was repaired this winter with stone from the quarry that built it, the council said.</p>
            <p>Work went on <em>at night</em> at low tide, and the <a href="https://coast.example/map">new path</a> opens in May.</p>
            <ul><li>first item</li><li>second &amp; last</li></ul>
            <div class="share-bar">Share: <a href="#">Facebook</a></div></div>
            <footer>&copy; Coast News</footer>
            </body></html>
            """;

    @Test
    void tellsHtmlFromText() {
        assertTrue(HtmlArticle.isHtml(PAGE));
        assertTrue(HtmlArticle.isHtml("<p>One paragraph.</p>"));
        assertFalse(HtmlArticle.isHtml("A title\n\nText with <b>bold</b> in it."));
    }

    @Test
    void readsMetadataAndWritesMarkdownWithoutTags() throws ContentException {
        Draft draft = HtmlArticle.extract(PAGE, Path.of("x.html")).draft();
        assertEquals("Harbour wall repaired", draft.title());
        assertEquals("Jane Roe", draft.author());
        assertEquals(LocalDate.of(2022, 3, 1), draft.date());
        assertEquals("https://coast.example/harbour-wall", draft.sourceUrl());
        List<String> body = draft.body().stream().map(b -> String.join("\n", b.lines())).toList();
        assertEquals(List.of(
                "The old harbour wall was repaired this winter with stone from the quarry that built it, the council said.",
                "Work went on *at night* at low tide, and the [new path](https://coast.example/map) opens in May.",
                "- first item\n- second & last"), body);
    }
}
