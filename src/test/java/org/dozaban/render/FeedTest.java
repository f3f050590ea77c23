package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.dozaban.content.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.dozaban.render.FeedPages.ATOM;
import static org.dozaban.render.XmlDocs.children;
import static org.dozaban.render.XmlDocs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Atom feed of each language of the bilingual fixture, and the links to it from every page. */
class FeedTest {

    @TempDir
    static Path out;

    static Site site;
    static RenderedSite rendered;
    static String base;

    @BeforeAll
    static void render() throws Exception {
        site = FixtureSites.load("bilingual");
        rendered = RenderedSite.render(site, out);
        base = site.config().baseUrl();
    }

    static Element feed(String lang) throws Exception {
        return XmlDocs.parse(rendered.file(lang + "/feed.xml"));
    }

    /** The fixture with room in the feed for every article, so the feed's own choice of entries shows. */
    static Site withPageSize(Site fixture, int pageSize) {
        SiteConfig c = fixture.config();
        return new Site(new SiteConfig(c.title(), c.description(), c.baseUrl(), c.defaultLanguage(), c.languages(),
                pageSize), fixture.topics(), fixture.articles());
    }

    static Element feedOf(List<Page> pages, String lang) throws Exception {
        Page page = pages.stream().filter(p -> p.path().equals(lang + "/feed.xml")).findFirst()
                .orElseThrow(() -> new AssertionError("no feed for " + lang));
        return XmlDocs.parse(page.content());
    }

    static List<String> ids(Element feed) {
        return children(feed, ATOM, "entry").stream().map(e -> only(e, ATOM, "id")).toList();
    }

    static Element entry(Element feed, Article article) {
        return children(feed, ATOM, "entry").stream()
                .filter(e -> only(e, ATOM, "id").equals(base + article.urlPath())).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + article.urlPath()));
    }

    @Test
    void everyFeedFollowsTheAtomRules() throws Exception {
        for (String lang : site.config().languages()) {
            Element feed = feed(lang);
            assertEquals(ATOM, feed.getNamespaceURI());
            assertEquals("feed", feed.getLocalName());
            assertEquals(lang, feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
            assertAbsolute(only(feed, ATOM, "id"));
            assertFalse(only(feed, ATOM, "title").isBlank());
            Instant updated = Instant.parse(only(feed, ATOM, "updated"));
            assertEquals(List.of(base + lang + "/feed.xml"), links(feed, "self"));
            assertEquals(List.of(base + lang + "/"), links(feed, "alternate"));
            boolean feedHasAuthor = !children(feed, ATOM, "author").isEmpty();
            List<Element> entries = children(feed, ATOM, "entry");
            assertFalse(entries.isEmpty(), lang);
            Set<String> ids = new HashSet<>();
            Instant newest = Instant.MIN;
            for (Element entry : entries) {
                assertTrue(ids.add(only(entry, ATOM, "id")), "entry ids are unique");
                assertAbsolute(only(entry, ATOM, "id"));
                assertFalse(only(entry, ATOM, "title").isBlank());
                Instant entryUpdated = Instant.parse(only(entry, ATOM, "updated"));
                newest = entryUpdated.isAfter(newest) ? entryUpdated : newest;
                assertTrue(feedHasAuthor || !children(entry, ATOM, "author").isEmpty(), "an author for every entry");
                List<String> alternates = children(entry, ATOM, "link").stream()
                        .filter(l -> l.getAttribute("rel").equals("alternate"))
                        .map(l -> l.getAttribute("type") + " " + l.getAttribute("hreflang")).toList();
                assertEquals(alternates.size(), new HashSet<>(alternates).size(), "alternates differ by type or hreflang");
            }
            assertEquals(newest, updated, "the feed is as new as its newest entry");
        }
    }

    @Test
    void entriesAreTheNewestArticlesOfTheFeedsLanguageUpToThePageSize() throws Exception {
        for (String lang : site.config().languages()) {
            List<String> expected = site.articles(lang).stream().filter(a -> a.date() != null)
                    .limit(site.config().pageSize())
                    .map(a -> base + a.urlPath()).toList();
            assertEquals(expected, ids(feed(lang)), lang);
        }
        assertEquals(List.of(base + article("en", "night-trains").urlPath(), base + article("en", "river-city").urlPath()),
                ids(feed("en")));
    }

    @Test
    void undatedArticlesAreLeftOutAndNoDateIsInvented() throws Exception {
        Site roomy = withPageSize(site, 100);
        Element feed = feedOf(new SiteRenderer(RenderedSite.TEMPLATES).render(roomy), "en");
        List<Article> dated = roomy.articles("en").stream().filter(a -> a.date() != null).toList();
        assertTrue(dated.size() < roomy.articles("en").size(), "the fixture has an undated English article");
        assertEquals(dated.stream().map(a -> base + a.urlPath()).toList(), ids(feed));
        for (Article article : dated) {
            Element entry = entry(feed, article);
            String midnight = article.date().atStartOfDay(ZoneOffset.UTC).toInstant().toString();
            assertEquals(midnight, only(entry, ATOM, "updated"));
            assertEquals(midnight, only(entry, ATOM, "published"));
        }
    }

    @Test
    void languageWithoutDatedArticlesHasNoFeedAndNoLinkToOne() throws Exception {
        // bundles left out: the Persian one shows an image of the English one's, which this site would lack
        List<Article> kept = site.articles().stream()
                .filter(a -> a.bundle() == null && (a.lang().equals("fa") || a.date() == null)).toList();
        Site onlyUndatedEnglish = new Site(site.config(), site.topics(), kept);
        List<Page> pages = new SiteRenderer(RenderedSite.TEMPLATES).render(onlyUndatedEnglish);
        assertTrue(pages.stream().noneMatch(p -> p.path().equals("en/feed.xml")));
        assertTrue(pages.stream().anyMatch(p -> p.path().equals("fa/feed.xml")));
        Page englishHome = pages.stream().filter(p -> p.path().equals("en/index.html")).findFirst().orElseThrow();
        assertNull(Jsoup.parse(englishHome.content()).selectFirst("link[type=application/atom+xml], .feed-link"));
    }

    @Test
    void entryCarriesAuthorTranslatorTopicsSummaryAndSanitizedHtml() throws Exception {
        Element feed = feedOf(new SiteRenderer(RenderedSite.TEMPLATES).render(withPageSize(site, 100)), "en");
        Article river = article("en", "river-city");
        Element entry = entry(feed, river);
        assertEquals(river.title(), only(entry, ATOM, "title"));
        assertEquals("Lena Hart", only(children(entry, ATOM, "author").get(0), ATOM, "name"));
        assertEquals(List.of("cities", "poetry"), children(entry, ATOM, "category").stream()
                .map(c -> c.getAttribute("term")).toList());
        assertEquals(List.of("Cities", "Poetry"), children(entry, ATOM, "category").stream()
                .map(c -> c.getAttribute("label")).toList());
        List<String> alternates = children(entry, ATOM, "link").stream()
                .map(l -> l.getAttribute("hreflang") + " " + l.getAttribute("href")).toList();
        assertEquals(List.of("en " + base + river.urlPath(), "fa " + base + article("fa", "river-city").urlPath()),
                alternates);
        String summary = only(entry, ATOM, "summary");
        assertTrue(summary.startsWith("A city grew along the river"), summary);
        assertFalse(summary.contains("<"), summary);
        Element content = children(entry, ATOM, "content").get(0);
        assertEquals("html", content.getAttribute("type"));
        Document body = Jsoup.parseBodyFragment(content.getTextContent());
        assertEquals("fa", body.selectFirst("p[dir=rtl]").attr("lang"));

        Element market = children(entry(feed, article("en", "market-day")), ATOM, "content").get(0);
        assertTrue(Jsoup.parseBodyFragment(market.getTextContent()).select("script").isEmpty());
        assertTrue(children(entry(feed, article("en", "market-day")), ATOM, "author").isEmpty());

        Element persian = entry(feed("fa"), article("fa", "river-city"));
        assertEquals(article("fa", "river-city").translator(),
                only(children(persian, ATOM, "contributor").get(0), ATOM, "name"));
        assertEquals("شهرها", children(persian, ATOM, "category").get(0).getAttribute("label"));
    }

    @Test
    void everyPageLinksTheFeedOfItsLanguageInTheHeadAndTheFooter() throws Exception {
        for (Page page : rendered.htmlPages()) {
            Document doc = rendered.page(page.path());
            String lang = doc.selectFirst("html").attr("lang");
            org.jsoup.nodes.Element head = doc.selectFirst("head link[rel=alternate][type=application/atom+xml]");
            org.jsoup.nodes.Element footer = doc.selectFirst("footer a.feed-link");
            assertNotNull(head, page.path());
            assertNotNull(footer, page.path());
            assertEquals(site.config().title(lang), head.attr("title"));
            assertEquals(lang.equals("fa") ? "خوراک" : "Feed", footer.text());
            for (org.jsoup.nodes.Element link : List.of(head, footer)) {
                if (page.path().equals(SiteRenderer.NOT_FOUND)) {
                    assertEquals(base + lang + "/feed.xml", link.attr("href"));
                } else {
                    assertEquals(out.resolve(lang + "/feed.xml").normalize(), SiteRendererTest.resolved(doc, link),
                            page.path());
                }
            }
        }
    }

    private static List<String> links(Element feed, String rel) {
        return children(feed, ATOM, "link").stream().filter(l -> l.getAttribute("rel").equals(rel))
                .map(l -> l.getAttribute("href")).toList();
    }

    private static void assertAbsolute(String url) {
        assertTrue(url.startsWith(base), url);
    }

    private static Article article(String lang, String name) {
        return FixtureSites.article(site, lang, name);
    }
}
