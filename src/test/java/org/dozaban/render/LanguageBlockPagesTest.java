package org.dozaban.render;

import org.dozaban.content.ContentLoader;
import org.dozaban.testing.Trees;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A topic's list in each language is the same articles in another order, each language a block of its
 * paging (see {@link Paging}), so the two can have different numbers of archive pages: a page that one
 * language has and the other has not names no version in the other.
 */
class LanguageBlockPagesTest {

    private static final String BASE = "https://example.org/archive/";

    @TempDir
    Path dir;

    /** Adds four English articles on books to a copy of the bilingual fixture, "Shelf 1" … "Shelf 4", dated 2010. */
    static void addShelves(Path content) throws IOException {
        for (int n = 1; n <= 4; n++) {
            Files.writeString(content.resolve("en/shelf-" + n + ".md"), """
                    ---
                    title: Shelf %d
                    date: 2010-03-0%d
                    topics: [books]
                    ---
                    A book on every shelf.
                    """.formatted(n, n));
        }
    }

    @Test
    void aPageOnlyOneLanguageHasNamesNoVersionInTheOther() throws Exception {
        Path content = Trees.copy(FixtureSites.ROOT.resolve("bilingual/content"), dir.resolve("content"));
        // with pageSize 2: the fixture's one Persian and one undated English article on books, and four English
        // more, dated. In English order (Shelf 4 … 1, the undated one, then the Persian one): Shelf 4 and 3 on
        // the first page, Shelf 2 alone on archive page 3, Shelf 1 and the undated one on page 2, the Persian
        // one on page 1. In Persian order: the Persian one and Shelf 4 on the first page, the other four
        // English on pages 2 and 1.
        addShelves(content);
        RenderedSite site = RenderedSite.render(ContentLoader.load(content), dir.resolve("site"));

        assertTrue(Files.isRegularFile(site.dir.resolve("en/topics/books/page/3/index.html")));
        assertFalse(Files.exists(site.dir.resolve("fa/topics/books/page/3/index.html")));
        Document third = site.page("en/topics/books/page/3/index.html");
        assertEquals(List.of("en"), third.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals(List.of("Shelf 2"), third.select(".entries .entry__title").eachText());
        Element toPersian = third.selectFirst(".language-switch a[lang=fa]");
        assertTrue(toPersian.attr("href").endsWith("fa/index.html"), toPersian.attr("href"));
        Document second = site.page("en/topics/books/page/2/index.html");
        assertEquals(List.of("Shelf 1", "Notes from a small library"), second.select(".entries .entry__title").eachText());
        assertEquals(List.of("Shelf 3", "Shelf 2"),
                site.page("fa/topics/books/page/2/index.html").select(".entries .entry__title").eachText());
        assertEquals(List.of("fa", "en"), second.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));

        // every version any page names is a page of the site
        for (Page page : site.htmlPages()) {
            for (String href : site.page(page.path()).select("link[rel=alternate][hreflang]").eachAttr("href")) {
                assertTrue(href.startsWith(BASE), href);
                String path = href.substring(BASE.length());
                Path file = site.dir.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                assertTrue(Files.isRegularFile(file), page.path() + " names " + href);
            }
        }
    }
}
