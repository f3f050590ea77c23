package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.dozaban.text.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bilingual fixture site rendered with the real templates, checked page by page. */
class SiteRendererTest {

    @TempDir
    static Path out;

    static Site site;
    static RenderedSite rendered;

    @BeforeAll
    static void render() throws Exception {
        site = FixtureSites.load("bilingual");
        rendered = RenderedSite.render(site, out);
    }

    /** The fixture article from {@code content/<lang>/<name>.md}. */
    static Article article(String lang, String name) {
        return FixtureSites.article(site, lang, name);
    }

    static Document articlePage(String lang, String name) throws Exception {
        return rendered.page(RelativeUrls.fileOf(article(lang, name).urlPath()));
    }

    @Test
    void everyPageHasTheDirectionOfItsLanguage() throws Exception {
        for (Page page : rendered.htmlPages()) {
            Element html = rendered.page(page.path()).selectFirst("html");
            String lang = html.attr("lang");
            assertEquals(lang.equals("fa") ? "rtl" : "ltr", html.attr("dir"), page.path());
            if (page.path().startsWith("en/") || page.path().startsWith("fa/")) {
                assertEquals(page.path().substring(0, 2), lang, page.path());
            }
        }
    }

    @Test
    void articleCarriesItsLanguageAndDirection() throws Exception {
        Element english = articlePage("en", "river-city").selectFirst("main article");
        assertEquals("en", english.attr("lang"));
        assertEquals("ltr", english.attr("dir"));
        Element persian = articlePage("fa", "river-city").selectFirst("main article");
        assertEquals("fa", persian.attr("lang"));
        assertEquals("rtl", persian.attr("dir"));
        assertTrue(english.selectFirst(".article__body").text().contains("A city grew along the river"));
        Element verse = english.selectFirst(".article__body p[lang=fa]");
        assertNotNull(verse, "the Persian paragraph of the English article is marked");
        assertEquals("rtl", verse.attr("dir"));
    }

    @Test
    void bodyHtmlIsSanitizedThenInsertedAsMarkup() throws Exception {
        Element body = articlePage("en", "market-day").selectFirst(".article__body");
        assertEquals("noon", body.selectFirst("p em").text());
        assertTrue(body.select("script").isEmpty());
        assertFalse(body.html().contains("alert("), body.html());
    }

    @Test
    void datesAreGregorianInEnglishAndSolarHijriInPersian() throws Exception {
        Element english = articlePage("en", "river-city").selectFirst(".article__byline time");
        assertEquals("2014-06-17", english.attr("datetime"));
        assertEquals("17 June 2014", english.text());
        Element persian = articlePage("fa", "river-city").selectFirst(".article__byline time");
        assertEquals("2014-06-17", persian.attr("datetime"));
        assertEquals("۲۷ خرداد ۱۳۹۳", persian.text());
    }

    @Test
    void undatedArticleLivesUnderUndatedAndSaysSo() throws Exception {
        Article undated = article("en", "library-notes");
        assertTrue(undated.urlPath().startsWith("en/undated/"), undated.urlPath());
        Document page = articlePage("en", "library-notes");
        assertNull(page.selectFirst(".article__byline time"));
        assertEquals("Undated", page.selectFirst(".article__byline span").text());
    }

    @Test
    void translationsLinkToEachOtherWithHreflang() throws Exception {
        String base = site.config().baseUrl();
        Article en = article("en", "river-city");
        Article fa = article("fa", "river-city");
        for (Article article : List.of(en, fa)) {
            Document page = rendered.page(RelativeUrls.fileOf(article.urlPath()));
            assertEquals(base + en.urlPath(), page.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
            assertEquals(base + fa.urlPath(), page.selectFirst("link[rel=alternate][hreflang=fa]").attr("href"));
            Article other = article == en ? fa : en;
            Element link = page.selectFirst(".translations a[hreflang=" + other.lang() + "]");
            assertNotNull(link, article.urlPath());
            assertEquals(other.lang(), link.attr("lang"));
            assertEquals(other.title(), link.text());
            assertEquals(resolved(page, link), out.resolve(RelativeUrls.fileOf(other.urlPath())).normalize());
            Element switcher = page.selectFirst(".language-switch a[hreflang=" + other.lang() + "]");
            assertEquals(resolved(page, switcher), resolved(page, link));
        }
        assertNull(articlePage("en", "night-trains").selectFirst(".translations"));
        assertEquals(1, articlePage("en", "night-trains").select("link[rel=alternate][hreflang]").size());
    }

    @Test
    void canonicalAndOpenGraphUrlsAreAbsolute() throws Exception {
        Article fa = article("fa", "river-city");
        Document page = rendered.page(RelativeUrls.fileOf(fa.urlPath()));
        String expected = site.config().baseUrl() + fa.urlPath();
        assertEquals(expected, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(expected, page.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals(site.config().baseUrl(), rendered.page("index.html").selectFirst("link[rel=canonical]").attr("href"));
        String summary = page.selectFirst("meta[name=description]").attr("content");
        assertTrue(summary.startsWith("شهری در کنار رود"), summary);
        assertEquals(summary, page.selectFirst("meta[property=og:description]").attr("content"));
    }

    @Test
    void previousAndNextStayInTheArticlesLanguage() throws Exception {
        List<Article> english = site.articles("en");
        for (int i = 0; i < english.size(); i++) {
            Document page = rendered.page(RelativeUrls.fileOf(english.get(i).urlPath()));
            Element newer = page.selectFirst(".article-nav__newer a");
            Element older = page.selectFirst(".article-nav__older a");
            assertEquals(i > 0, newer != null, english.get(i).urlPath());
            assertEquals(i + 1 < english.size(), older != null, english.get(i).urlPath());
            if (older != null) {
                assertEquals(out.resolve(RelativeUrls.fileOf(english.get(i + 1).urlPath())).normalize(),
                        resolved(page, older));
            }
        }
    }

    @Test
    void persianTitleStartingWithLatinGetsAnRlm() throws Exception {
        assertTrue(articlePage("fa", "ibm-computers").title().startsWith("\u200FIBM"));
        assertFalse(articlePage("fa", "river-city").title().startsWith("\u200F"));
        assertFalse(articlePage("en", "river-city").title().startsWith("\u200F"));
    }

    @Test
    void authorNamesAreIsolated() throws Exception {
        Element author = articlePage("fa", "river-city").selectFirst(".article__author bdi");
        assertEquals("Lena Hart", author.text());
    }

    @Test
    void topicIndexListsNonEmptyTopicsWithCountsInCollationOrder() throws Exception {
        Elements fa = rendered.page("fa/topics/index.html").select("main .topic-list li");
        assertEquals(List.of("شعر ۳ مقاله", "شهرها ۶ مقاله", "کتاب‌ها ۲ مقاله"), fa.eachText());
        Elements en = rendered.page("en/topics/index.html").select("main .topic-list li");
        assertEquals(List.of("Books 2 articles", "Cities 6 articles", "Poetry 3 articles"), en.eachText());
    }

    @Test
    void emptyTopicHasNoPageAndNoLink() throws Exception {
        for (Page page : rendered.htmlPages()) {
            assertFalse(page.path().contains("/rivers/"), page.path());
            assertFalse(page.content().contains("topics/rivers/"), page.path());
        }
    }

    @Test
    void articleLinksOnlyItsTopics() throws Exception {
        Elements tags = articlePage("en", "river-city").select(".tags a");
        assertEquals(List.of("Cities", "Poetry"), tags.eachText());
    }

    @Test
    void topicPagesListBothLanguagesPageLanguageFirstAndPaginate() throws Exception {
        // six articles, two a page: the first page, then archive pages 2 and 1 (the oldest)
        List<Document> pages = List.of(rendered.page("fa/topics/cities/index.html"),
                rendered.page("fa/topics/cities/page/2/index.html"),
                rendered.page("fa/topics/cities/page/1/index.html"));
        List<String> langs = pages.stream().flatMap(p -> p.select("main .entry").stream())
                .map(e -> e.hasAttr("lang") ? e.attr("lang") : "fa").toList();
        assertEquals(List.of("fa", "fa", "en", "en", "en", "en"), langs);
        Element foreign = pages.get(1).selectFirst("main .entry--foreign");
        assertEquals("ltr", foreign.attr("dir"));
        assertEquals("انگلیسی", foreign.selectFirst(".entry__language").text());
        assertEquals("rtl", foreign.selectFirst(".entry__meta").attr("dir"));
        assertEquals(List.of("صفحهٔ قبلی", "تازه‌ترین‌ها", "۲", "۱", "صفحهٔ بعدی"), pages.get(1).select(".pager a").eachText());
        assertEquals("۲", pages.get(1).selectFirst(".pager a[aria-current=page]").text());
        assertFalse(rendered.pages.stream().anyMatch(p -> p.path().equals("fa/topics/cities/page/3/index.html")));
        assertNull(rendered.page("fa/topics/books/index.html").selectFirst(".pager"));
    }

    @Test
    void topicEntriesAreNewestFirstWithinALanguage() throws Exception {
        Document first = rendered.page("en/topics/cities/index.html");
        List<String> times = first.select("main .entry time").eachAttr("datetime");
        assertEquals(times.stream().sorted(java.util.Comparator.reverseOrder()).toList(), times);
    }

    @Test
    void homeShowsTheNewestArticlesAndArchivePagesTheRestNewestFirst() throws Exception {
        Document en = rendered.page("en/index.html");
        int size = site.config().pageSize();
        List<String> expected = site.articles("en").stream().map(Article::title).toList();
        assertEquals(expected.subList(0, size), en.select("[aria-labelledby=latest] .entry__title").eachText());
        assertEquals(size, en.select("[aria-labelledby=latest] .entry__summary").size());
        List<String> archive = new ArrayList<>(en.select("[aria-labelledby=latest] .entry__title").eachText());
        int archivePages = (expected.size() - size + size - 1) / size;
        for (int n = archivePages; n >= 1; n--) {
            Document page = rendered.page("en/page/" + n + "/index.html");
            archive.addAll(page.select("[aria-labelledby=archive] .entry__title").eachText());
            assertEquals(String.valueOf(n), page.selectFirst(".pager a[aria-current=page]").text());
        }
        assertEquals(expected, archive);
        assertTrue(en.selectFirst(".pager a[rel=next]").attr("href").endsWith("en/page/" + archivePages + "/index.html"));
        assertEquals(Dates.format(LocalDate.of(2015, 3, 2), "en"),
                en.selectFirst(".entry time[datetime=2015-03-02]").text());
        assertFalse(en.select(".home__topics .topic-list a").isEmpty());
    }

    @Test
    void summaryIsTheFrontMatterSummaryElseTheFirstParagraphShortened() throws Exception {
        Elements entries = new Elements();
        for (String path : List.of("en/topics/cities/index.html", "en/topics/cities/page/2/index.html",
                "en/topics/cities/page/1/index.html")) {
            entries.addAll(rendered.page(path).select("main .entry"));
        }
        assertEquals(article("en", "market-day").summary(), summaryOf(entries, "Market day"));
        assertEquals("A city grew along the river because the water came first and the roads came later.",
                summaryOf(entries, "made a city"));
        String shortened = summaryOf(entries, "small library");
        assertTrue(shortened.endsWith("…") && shortened.length() <= ArticleBodies.SUMMARY_LENGTH + 1, shortened);
    }

    @Test
    void persianSummaryKeepsZeroWidthNonJoiners() throws Exception {
        String summary = rendered.page("fa/index.html").select("main .entry").stream()
                .filter(e -> e.selectFirst(".entry__title").text().equals(article("fa", "river-city").title()))
                .findFirst().orElseThrow().selectFirst(".entry__summary").text();
        assertTrue(summary.contains("جاده\u200Cها"), summary);
    }

    @Test
    void summaryInTheOtherScriptCarriesItsOwnLanguage() throws Exception {
        Element summary = rendered.page("en/topics/poetry/index.html").select("main .entry").stream()
                .filter(e -> e.text().contains("verse before breakfast")).findFirst().orElseThrow()
                .selectFirst(".entry__summary");
        assertEquals("fa", summary.attr("lang"));
        assertEquals("rtl", summary.attr("dir"));
    }

    private static String summaryOf(Elements entries, String titlePart) {
        return entries.stream().filter(e -> e.selectFirst(".entry__title").text().contains(titlePart))
                .findFirst().orElseThrow(() -> new AssertionError("no entry " + titlePart))
                .selectFirst(".entry__summary").text();
    }

    @Test
    void homeOffersUntranslatedArticlesOfOtherLanguagesIsolated() throws Exception {
        Document fa = rendered.page("fa/index.html");
        Elements others = fa.select(".entry--foreign");
        // the newest pageSize of the four English articles without a Persian version
        assertEquals(List.of("Night trains across the plateau", "Market day in the old quarter"),
                others.select(".entry__title").eachText());
        for (Element entry : others) {
            assertEquals("en", entry.attr("lang"));
            assertEquals("ltr", entry.attr("dir"));
        }
        assertFalse(others.text().contains("made a city"), "translated articles are not repeated");
    }

    @Test
    void rootIsTheDefaultLanguageHomeWithLinksThatWorkFromTheRoot() throws Exception {
        Document root = rendered.page("index.html");
        Document fa = rendered.page("fa/index.html");
        assertEquals("fa", root.selectFirst("html").attr("lang"));
        assertEquals(fa.select("main .entry__title").eachText(), root.select("main .entry__title").eachText());
        Element english = root.selectFirst(".language-switch a[hreflang=en]");
        assertEquals("en/index.html", english.attr("href"));
    }

    @Test
    void notFoundPageSpeaksEveryLanguageWithAbsoluteLinks() throws Exception {
        Document page = rendered.page("404.html");
        assertEquals("صفحه پیدا نشد", page.selectFirst("h1").text());
        Element english = page.selectFirst("main section[lang=en]");
        assertEquals("ltr", english.attr("dir"));
        assertEquals("Page not found", english.selectFirst("h2").text());
        String base = site.config().baseUrl();
        assertEquals(base + "en/index.html", english.selectFirst("a").attr("href"));
        assertEquals(base + "assets/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void renderingTwiceGivesTheSamePages() throws Exception {
        assertEquals(rendered.pages, new SiteRenderer(RenderedSite.TEMPLATES).render(FixtureSites.load("bilingual")));
    }

    @Test
    void everyInternalLinkPointsToAnExistingFile() throws Exception {
        int checked = 0;
        for (Page page : rendered.htmlPages()) {
            Document doc = rendered.page(page.path());
            for (Element element : doc.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (url.startsWith("#")) {
                    assertNotNull(doc.getElementById(url.substring(1)), page.path() + " " + url);
                    continue;
                }
                if (url.startsWith(site.config().baseUrl())) {
                    url = RelativeUrls.between(page.path(), url.substring(site.config().baseUrl().length()));
                    element.attr(element.hasAttr("href") ? "href" : "src", url);
                }
                if (url.matches("^[a-z]+:.*")) {
                    assertTrue(url.startsWith("https://") || url.startsWith("http://"), page.path() + " " + url);
                    continue;
                }
                Path target = resolved(doc, element);
                assertTrue(target.startsWith(out.normalize()), page.path() + " escapes the site: " + url);
                assertTrue(target.toFile().isFile(), page.path() + " links to missing " + url);
                checked++;
            }
        }
        assertTrue(checked > rendered.htmlPages().size() * 5, "too few links checked: " + checked);
    }

    @Test
    void persianInterfaceHasNoLatinLettersOrAsciiDigits() throws Exception {
        for (Page page : rendered.htmlPages()) {
            Document doc = rendered.page(page.path());
            if (!doc.selectFirst("html").attr("lang").equals("fa")) {
                continue;
            }
            Element body = doc.body().clone();
            body.select("[lang]:not([lang=fa]), bdi, .article__body, .article__title, .entry__title, "
                    + ".article-nav__title, .url").remove();
            String chrome = body.text();
            assertFalse(chrome.matches("(?s).*[A-Za-z0-9].*"), page.path() + ": " + chrome);
        }
    }

    /** The file an element's href or src points to, resolved against the page's own file. */
    static Path resolved(Document page, Element element) {
        String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        Path file = Path.of(java.net.URI.create(page.location()));
        return file.getParent().resolve(url.split("#")[0]).normalize();
    }
}
