package org.dozaban.render;

import org.dozaban.content.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Open Graph, Twitter cards, JSON-LD, favicon and manifest of the fixture's pages. */
class PreviewsTest {

    private static final String BASE = "https://example.org/archive/";

    @TempDir
    static Path out;

    private static Site site;
    private static RenderedSite rendered;

    @BeforeAll
    static void render() throws Exception {
        site = FixtureSites.load("bilingual");
        rendered = RenderedSite.render(site, out);
    }

    private static String meta(Document doc, String property) {
        Element el = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return el == null ? null : el.attr("content");
    }

    @Test
    void anArticleWithAnImageShowsItInPreviews() throws Exception {
        Document doc = rendered.page("en/2010/05/harbour-lights/index.html");
        assertEquals("article", meta(doc, "og:type"));
        assertEquals(BASE + "en/2010/05/harbour-lights/harbour.jpg", meta(doc, "og:image"));
        assertEquals("The quay at dusk, lamps lit along the water", meta(doc, "og:image:alt"));
        assertEquals("2010-05-04", meta(doc, "article:published_time"));
        assertEquals("Sam Ortiz", meta(doc, "article:author"));
        assertEquals("en_US", meta(doc, "og:locale"));
        assertEquals("fa_IR", meta(doc, "og:locale:alternate"));
        assertEquals("summary_large_image", meta(doc, "twitter:card"));
        assertEquals(BASE + "en/2010/05/harbour-lights/harbour.jpg", meta(doc, "twitter:image"));
    }

    @Test
    void otherPagesShowTheSitesImage() throws Exception {
        Document doc = rendered.page("en/2015/03/night-trains-across-the-plateau/index.html");
        assertEquals(BASE + "assets/preview.png", meta(doc, "og:image"));
        assertNull(meta(doc, "og:locale:alternate"), "an article without translation has no alternate locale");
        Document home = rendered.page("fa/index.html");
        assertEquals(BASE + "assets/preview.png", meta(home, "og:image"));
        assertEquals("website", meta(home, "og:type"));
        assertEquals("en_US", meta(home, "og:locale:alternate"));
    }

    @Test
    void everyPageLinksTheFaviconAndManifest() throws Exception {
        for (Page page : rendered.htmlPages()) {
            Document doc = rendered.page(page.path());
            for (String selector : List.of("link[rel=icon]", "link[rel=manifest]")) {
                Element link = doc.selectFirst(selector);
                assertNotNull(link, page.path() + " has no " + selector);
                String href = link.attr("href");
                Path file = href.startsWith(BASE) ? out.resolve(href.substring(BASE.length())) // 404.html
                        : out.resolve(page.path()).getParent().resolve(href).normalize();
                assertTrue(file.toFile().isFile(), page.path() + " " + href);
            }
        }
    }

    /** The JSON-LD of every article page parses and holds what the page shows. */
    @Test
    void everyArticlePageHasNewsArticleJsonLd() throws Exception {
        int articles = 0;
        for (Page page : rendered.htmlPages()) {
            Document doc = rendered.page(page.path());
            if (!"article".equals(meta(doc, "og:type"))) {
                continue;
            }
            articles++;
            Element script = doc.selectFirst("script[type=application/ld+json]");
            assertNotNull(script, page.path());
            Map<String, Object> json = new Json().toType(script.data(), Json.MAP_TYPE);
            String where = page.path() + ": " + script.data();
            assertEquals("https://schema.org", json.get("@context"), where);
            assertEquals("NewsArticle", json.get("@type"), where);
            assertEquals(doc.selectFirst("h1").text(), json.get("headline"), where);
            assertEquals(doc.selectFirst("html").attr("lang"), json.get("inLanguage"), where);
            assertEquals(doc.selectFirst("link[rel=canonical]").attr("href"), json.get("url"), where);
            Element time = doc.selectFirst(".article__byline time");
            assertEquals(time == null ? null : time.attr("datetime"), json.get("datePublished"), where);
            Element author = doc.selectFirst(".article__author bdi");
            if (author != null) {
                assertEquals(List.of(Map.of("@type", "Person", "name", author.text())), json.get("author"), where);
            }
            Map<?, ?> publisher = (Map<?, ?>) json.get("publisher");
            assertEquals("Organization", publisher.get("@type"), where);
            Element credited = doc.selectFirst(".article__credits dt:contains(" + publisherLabel(doc) + ") + dd");
            assertEquals(credited != null ? credited.text() : doc.selectFirst(".site-title").text(),
                    publisher.get("name"), where);
            assertEquals(List.of(meta(doc, "og:image")), json.get("image"), where);
        }
        assertEquals(site.articles().size(), articles);
    }

    private static String publisherLabel(Document doc) {
        return doc.selectFirst("html").attr("lang").equals("fa") ? "ناشر اصلی" : "Original publisher";
    }

    @Test
    void translationsPointAtEachOtherInJsonLd() throws Exception {
        Map<String, Object> original = jsonLd("en/2014/06/the-river-that-made-a-city/index.html");
        Map<String, Object> translation = jsonLd("fa/2014/06/the-river-that-made-a-city/index.html");
        assertEquals(List.of(Map.of("@type", "NewsArticle", "@id", BASE + "fa/2014/06/the-river-that-made-a-city/",
                "inLanguage", "fa")), original.get("workTranslation"));
        assertEquals(Map.of("@type", "NewsArticle", "@id", BASE + "en/2014/06/the-river-that-made-a-city/",
                "inLanguage", "en"), translation.get("translationOfWork"));
        assertEquals(Map.of("@type", "Person", "name", "مریم احمدی"), translation.get("translator"));
    }

    private static Map<String, Object> jsonLd(String path) throws Exception {
        return new Json().toType(rendered.page(path).selectFirst("script[type=application/ld+json]").data(),
                Json.MAP_TYPE);
    }

    @Test
    void latinMetadataOnPersianPagesIsMarkedEnglishButDomainsAreNot() throws Exception {
        Document doc = rendered.page("fa/2014/06/the-river-that-made-a-city/index.html");
        Element author = doc.selectFirst(".article__author bdi");
        assertEquals("Lena Hart", author.text());
        assertEquals("en", author.attr("lang"));
        assertEquals("ltr", author.attr("dir"));
        Element translator = doc.selectFirst(".article__credits bdi");
        assertEquals("مریم احمدی", translator.text());
        assertEquals("", translator.attr("lang"), "Persian metadata on a Persian page needs no lang");
        Document en = rendered.page("en/2014/06/the-river-that-made-a-city/index.html");
        Element publisher = en.selectFirst(".article__credits dd bdi");
        assertEquals("news.example.com", publisher.text());
        assertEquals("", publisher.attr("lang"), "a domain name is in no language");
        Element faHome = rendered.page("fa/index.html").selectFirst(".entry__author bdi:contains(Lena Hart)");
        assertEquals("en", faHome.attr("lang"));
    }
}
