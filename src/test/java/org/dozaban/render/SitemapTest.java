package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.dozaban.render.Sitemap.NAMESPACE;
import static org.dozaban.render.Sitemap.XHTML;
import static org.dozaban.render.XmlDocs.children;
import static org.dozaban.render.XmlDocs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sitemap.xml} and {@code robots.txt} of the bilingual fixture. */
class SitemapTest {

    @TempDir
    static Path out;

    static Site site;
    static RenderedSite rendered;
    static String base;
    static Map<String, Element> urls;

    @BeforeAll
    static void render() throws Exception {
        site = FixtureSites.load("bilingual");
        rendered = RenderedSite.render(site, out);
        base = site.config().baseUrl();
        Element urlset = XmlDocs.parse(rendered.file("sitemap.xml"));
        assertEquals(NAMESPACE, urlset.getNamespaceURI());
        assertEquals("urlset", urlset.getLocalName());
        urls = children(urlset, NAMESPACE, "url").stream()
                .collect(Collectors.toMap(u -> only(u, NAMESPACE, "loc"), Function.identity(), (a, b) -> {
                    throw new AssertionError("listed twice: " + only(a, NAMESPACE, "loc"));
                }, java.util.LinkedHashMap::new));
    }

    @Test
    void listsEveryHtmlPageButTheErrorPageOnceSortedByAbsoluteUrl() {
        List<String> expected = rendered.htmlPages().stream()
                .filter(p -> !p.content().contains("http-equiv=\"refresh\"")) // redirect pages stand for others
                .map(Page::path)
                .filter(p -> !p.equals(SiteRenderer.NOT_FOUND))
                .map(p -> base + p.substring(0, p.length() - "index.html".length()))
                .sorted().toList();
        assertEquals(expected, List.copyOf(urls.keySet()));
        assertTrue(urls.containsKey(base), "the site root");
    }

    @Test
    void articlePagesCarryTheirDateAndNothingElseIsGivenOne() {
        Map<String, Article> articles = site.articles().stream()
                .collect(Collectors.toMap(a -> base + a.urlPath(), Function.identity()));
        for (Map.Entry<String, Element> url : urls.entrySet()) {
            Article article = articles.get(url.getKey());
            List<String> lastmod = children(url.getValue(), NAMESPACE, "lastmod").stream()
                    .map(Element::getTextContent).toList();
            List<String> expected = article == null || article.date() == null ? List.of()
                    : List.of(article.date().toString());
            assertEquals(expected, lastmod, url.getKey());
        }
        Article undated = FixtureSites.article(site, "en", "library-notes");
        assertTrue(urls.containsKey(base + undated.urlPath()));
    }

    @Test
    void translationsNameEachOtherWithHreflang() {
        Article en = FixtureSites.article(site, "en", "river-city");
        Article fa = FixtureSites.article(site, "fa", "river-city");
        List<String> pair = List.of("fa " + base + fa.urlPath(), "en " + base + en.urlPath());
        assertEquals(pair, alternates(urls.get(base + en.urlPath())));
        assertEquals(pair, alternates(urls.get(base + fa.urlPath())));
        assertEquals(List.of(), alternates(urls.get(base + FixtureSites.article(site, "en", "night-trains").urlPath())));
    }

    @Test
    void homePagesNameTheRootAsTheDefaultForOtherLanguages() {
        List<String> homes = List.of("fa " + base + "fa/", "en " + base + "en/", "x-default " + base);
        for (String url : List.of(base, base + "fa/", base + "en/")) {
            assertEquals(homes, alternates(urls.get(url)), url);
        }
    }

    @Test
    void everyAlternateIsAListedPage() {
        Set<String> targets = new HashSet<>();
        urls.values().forEach(u -> alternates(u).forEach(a -> targets.add(a.substring(a.indexOf(' ') + 1))));
        assertTrue(targets.size() > 2, "alternates found: " + targets);
        assertTrue(urls.keySet().containsAll(targets), targets.toString());
    }

    @Test
    void robotsTxtNamesTheSitemapByAbsoluteUrl() throws Exception {
        List<String> lines = rendered.file("robots.txt").lines().toList();
        assertEquals("User-agent: *", lines.get(0));
        assertTrue(lines.contains("Sitemap: " + base + "sitemap.xml"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Disallow:") && l.length() > "Disallow:".length()),
                "nothing is disallowed: " + lines);
    }

    private static List<String> alternates(Element url) {
        return children(url, XHTML, "link").stream()
                .peek(l -> assertEquals("alternate", l.getAttribute("rel")))
                .map(l -> l.getAttribute("hreflang") + " " + l.getAttribute("href")).toList();
    }

    @Test
    void aSitemapsKeyChangesWithAnyAddressDateOrLanguageVersionOfItsEntries() {
        SitemapEntry entry = new SitemapEntry(base + "en/a/", List.of(new Alternate("en", base + "en/a/"),
                new Alternate("fa", base + "fa/a/")), java.time.LocalDate.of(2014, 6, 17));
        String key = Sitemap.key(List.of(entry));
        assertEquals(key, Sitemap.key(List.of(new SitemapEntry(entry.canonical(), entry.alternates(), entry.lastmod()))));
        List<List<SitemapEntry>> others = List.of(
                List.of(new SitemapEntry(base + "en/b/", entry.alternates(), entry.lastmod())),
                List.of(new SitemapEntry(entry.canonical(), entry.alternates(), entry.lastmod().plusDays(1))),
                List.of(new SitemapEntry(entry.canonical(), entry.alternates(), null)),
                List.of(new SitemapEntry(entry.canonical(), List.of(entry.alternates().get(0)), entry.lastmod())),
                List.of(new SitemapEntry(entry.canonical(), List.of(entry.alternates().get(0),
                        new Alternate("fa", base + "fa/b/")), entry.lastmod())),
                List.of(new SitemapEntry(entry.canonical(), List.of(entry.alternates().get(0),
                        new Alternate("x-default", base + "fa/a/")), entry.lastmod())),
                List.of(entry, entry),
                List.of());
        Set<String> keys = new HashSet<>();
        keys.add(key);
        others.forEach(list -> keys.add(Sitemap.key(list)));
        assertEquals(others.size() + 1, keys.size(), "every change gives another key");
    }
}
