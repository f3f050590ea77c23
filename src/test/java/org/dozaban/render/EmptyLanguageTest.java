package org.dozaban.render;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bilingual fixture with its Persian articles left out: the Persian pages still build and say so. */
class EmptyLanguageTest {

    @TempDir
    static Path out;

    static RenderedSite rendered;

    @BeforeAll
    static void render() throws Exception {
        rendered = RenderedSite.render(FixtureSites.bilingual(topics -> topics,
                articles -> articles.stream().filter(a -> a.lang().equals("en")).toList()), out);
    }

    @Test
    void homeSaysThereAreNoArticlesInsteadOfAnEmptyList() throws Exception {
        Document home = rendered.page("fa/index.html");
        assertNull(home.selectFirst("[aria-labelledby=latest]"), "no empty list of latest articles");
        assertNotNull(home.selectFirst("main .home__empty"));
        assertFalse(home.select("[aria-labelledby=untranslated] .entry").isEmpty(), "English articles listed");
    }

    @Test
    void languageWithoutDatedArticlesHasNoFeed() {
        assertTrue(rendered.pages.stream().noneMatch(p -> p.path().startsWith("fa/") && p.path().endsWith(".xml")));
    }

    @Test
    void siteWithoutArticlesHasHomesIndexesAndNoFeeds(@TempDir Path empty) throws Exception {
        RenderedSite none = RenderedSite.render(FixtureSites.bilingual(topics -> topics, articles -> List.of()),
                empty);
        // the standalone pages stay: they are not articles; the archive and author indexes and the search
        // page say there is nothing yet; no month, author or shard pages
        assertEquals(List.of("404.html", "en/about/index.html", "en/archive/index.html", "en/authors/index.html",
                "en/index.html", "en/search/index.html", "en/topics/index.html", "fa/about/index.html",
                "fa/archive/index.html", "fa/authors/index.html", "fa/index.html", "fa/search/index.html",
                "fa/topics/index.html", "index.html", "robots.txt", "search/index.js", "sitemap.xml"),
                none.pages.stream().map(Page::path).toList());
        assertNotNull(none.page("en/index.html").selectFirst("main .home__empty"));
    }

    @Test
    void languageWithArticlesHasNoNotice() throws Exception {
        assertNull(rendered.page("en/index.html").selectFirst("main .home__empty"));
    }
}
