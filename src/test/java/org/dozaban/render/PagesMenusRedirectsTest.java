package org.dozaban.render;

import org.dozaban.content.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

/** Standalone pages, menus, redirect pages and {@code _redirects} of the fixture. */
class PagesMenusRedirectsTest {

    @TempDir
    static Path out;

    private static Site site;
    private static RenderedSite rendered;

    @BeforeAll
    static void render() throws Exception {
        site = FixtureSites.load("bilingual");
        rendered = RenderedSite.render(site, out);
    }

    @Test
    void standalonePagesLiveAtTheLanguageRootWithTheirTemplate() throws Exception {
        Document about = rendered.page("en/about/index.html");
        assertEquals("About this archive", about.selectFirst("article.article--page h1").text());
        assertEquals("website", about.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("../../fa/about/index.html", about.selectFirst(".translations a[hreflang=fa]").attr("href"));
        Document fa = rendered.page("fa/about/index.html");
        assertEquals("دربارهٔ این بایگانی", fa.selectFirst("h1").text());
    }

    @Test
    void standalonePagesAreNeverListedWithTheArticles() throws Exception {
        for (Page page : rendered.pages) {
            boolean listing = !page.path().contains("/about/") && !page.path().equals("sitemap.xml")
                    && !page.path().equals("404.html");
            if (listing) {
                assertFalse(page.content().contains("about/index.html\"") && !isMenuLinkOnly(page),
                        page.path() + " lists a standalone page");
                assertFalse(page.content().contains("About this archive") && !isMenuLinkOnly(page),
                        page.path() + " names a standalone page");
            }
        }
        assertFalse(rendered.file("en/feed.xml").contains("about"));
        assertTrue(rendered.file("sitemap.xml").contains("https://example.org/archive/en/about/"));
    }

    /** A page whose only mention of the About page is the menu. */
    private static boolean isMenuLinkOnly(Page page) {
        if (!page.path().endsWith(".html")) {
            return false;
        }
        Document doc = Jsoup.parse(page.content());
        doc.select(".site-nav").remove();
        return !doc.html().contains("about/index.html") && !doc.html().contains("About this archive");
    }

    @Test
    void menusLinkPagesTopicsTheArchiveAndOtherSites() throws Exception {
        Document home = rendered.page("en/index.html");
        List<String> en = home.select(".site-nav a").stream().map(a -> a.text() + " → " + a.attr("href")).toList();
        // the standing links (home, topics, the date archive, authors), then the site's menu
        assertEquals(List.of("Home → ../en/index.html", "Topics → ../en/topics/index.html",
                "Archive → ../en/archive/index.html", "Authors → ../en/authors/index.html",
                "About → ../en/about/index.html", "Archive → ../en/archive/index.html",
                "Contact → https://example.org/contact/"), en);
        Document fa = rendered.page("fa/2014/06/the-river-that-made-a-city/index.html");
        List<String> persian = fa.select(".site-nav a").stream().map(a -> a.text() + " → " + a.attr("href")).toList();
        assertEquals(List.of("خانه → ../../../../fa/index.html", "موضوع‌ها → ../../../../fa/topics/index.html",
                "بایگانی → ../../../../fa/archive/index.html", "نویسندگان → ../../../../fa/authors/index.html",
                "درباره → ../../../../fa/about/index.html", "شهرها → ../../../../fa/topics/cities/index.html"), persian);
        Element current = rendered.page("en/about/index.html").selectFirst(".site-nav a[aria-current=page]");
        assertEquals("About", current.text());
    }

    @Test
    void aFormerAddressInTheLedgerRedirectsInThePagesLanguage() throws Exception {
        Document moved = rendered.page("fa/2014/06/rwdy-kh-shhry-sakht/index.html");
        assertEquals("fa", moved.selectFirst("html").attr("lang"));
        assertEquals("rtl", moved.selectFirst("html").attr("dir"));
        assertEquals("0; url=../../../../fa/2014/06/the-river-that-made-a-city/index.html",
                moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/archive/fa/2014/06/the-river-that-made-a-city/",
                moved.selectFirst("link[rel=canonical]").attr("href"));
        Element link = moved.selectFirst("main a[href$=the-river-that-made-a-city/index.html]");
        assertEquals("رفتن به صفحه: رودی که شهری ساخت", link.text());
        assertNotNull(moved.selectFirst("meta[name=robots][content=noindex]"));
    }

    @Test
    void anAliasRedirectsToo() throws Exception {
        Document moved = rendered.page("en/2010/05/harbor-lights/index.html");
        assertEquals("en", moved.selectFirst("html").attr("lang"));
        assertEquals("Page moved", moved.selectFirst("h1").text());
        assertEquals("0; url=../../../../en/2010/05/harbour-lights/index.html",
                moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void redirectsFileListsEveryMoveFromTheHostsRoot() throws Exception {
        assertEquals("""
                /archive/en/2010/05/harbor-lights/ /archive/en/2010/05/harbour-lights/ 301
                /archive/fa/2014/06/rwdy-kh-shhry-sakht/ /archive/fa/2014/06/the-river-that-made-a-city/ 301
                """, rendered.file("_redirects"));
        assertFalse(rendered.file("sitemap.xml").contains("harbor-lights"), "redirect pages are not in the sitemap");
        assertNull(rendered.page("fa/2014/06/rwdy-kh-shhry-sakht/index.html")
                .selectFirst("meta[property=og:type][content=article]"), "a redirect page is not an article");
    }
}
