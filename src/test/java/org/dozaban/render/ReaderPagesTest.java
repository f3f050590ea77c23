package org.dozaban.render;

import org.dozaban.content.Site;
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

/**
 * The reader's ways into the bilingual fixture: date archives, author pages, related articles, topic
 * feeds, the search page and header box, reading time and Persian footnote digits.
 */
class ReaderPagesTest {

    @TempDir
    static Path out;

    static Site site;
    static RenderedSite rendered;

    @BeforeAll
    static void render() throws Exception {
        site = FixtureSites.load("bilingual");
        rendered = RenderedSite.render(site, out);
    }

    private static Document page(String path) throws Exception {
        return rendered.page(path);
    }

    private static Document article(String lang, String name) throws Exception {
        return page(RelativeUrls.fileOf(FixtureSites.article(site, lang, name).urlPath()));
    }

    /** Where a link of the page at {@code from} leads, as a site-relative path. */
    private static String target(String from, Element link) {
        return target(from, link.attr("href"));
    }

    private static String target(String from, String href) {
        Path resolved = Path.of(from).getParent() == null ? Path.of(href) : Path.of(from).getParent().resolve(href);
        return resolved.normalize().toString().replace('\\', '/');
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).eachText();
    }

    private static List<String> pathsUnder(String prefix) {
        return rendered.pages.stream().map(Page::path).filter(p -> p.startsWith(prefix)).sorted().toList();
    }

    // Date archives

    @Test
    void persianArchiveCountsSolarHijriYearsAndMonthsInPersianDigits() throws Exception {
        Document index = page("fa/archive/index.html");
        assertEquals("بایگانی", index.selectFirst("main h1").text());
        assertEquals(List.of("۱۳۹۴ ۱ مقاله", "۱۳۹۳ ۱ مقاله", "۱۳۹۰ ۱ مقاله", "۱۳۸۹ ۱ مقاله"), texts(index, ".archive-year__title"));
        assertEquals(List.of("دی ۱ مقاله", "خرداد ۱ مقاله", "بهمن ۱ مقاله", "اردیبهشت ۱ مقاله"), texts(index, ".archive-months li"));
        assertEquals("fa/archive/1393/03/index.html",
                target("fa/archive/index.html", index.select(".archive-months a").get(1)));
        assertEquals("۴ مقاله، بر پایهٔ ماه انتشار.", index.selectFirst(".lede").text());
    }

    @Test
    void aPersianMonthPageIsTitledWithItsSolarHijriMonth() throws Exception {
        Document month = page("fa/archive/1393/03/index.html");
        assertEquals("خرداد ۱۳۹۳", month.selectFirst("main h1").text());
        assertTrue(month.title().startsWith("خرداد ۱۳۹۳"), month.title());
        assertEquals(List.of("رودی که شهری ساخت"), texts(month, ".entries .entry__title"));
        assertEquals("۱ مقاله", month.selectFirst(".lede").text());
        assertEquals("fa/archive/1390/11/index.html",
                target("fa/archive/1393/03/index.html", month.selectFirst("a[rel=prev]")));
        assertEquals("fa/archive/1394/10/index.html",
                target("fa/archive/1393/03/index.html", month.selectFirst("a[rel=next]")));
    }

    @Test
    void englishArchiveIsGregorianAndHasNoEmptyMonths() throws Exception {
        assertEquals(List.of("en/archive/2010/05/index.html", "en/archive/2010/index.html",
                "en/archive/2011/09/index.html", "en/archive/2011/index.html",
                "en/archive/2013/11/index.html", "en/archive/2013/index.html", "en/archive/2014/06/index.html",
                "en/archive/2014/index.html", "en/archive/2015/03/index.html", "en/archive/2015/index.html",
                "en/archive/index.html"), pathsUnder("en/archive/"));
        assertEquals(List.of("fa/archive/1389/02/index.html", "fa/archive/1389/index.html",
                "fa/archive/1390/11/index.html", "fa/archive/1390/index.html",
                "fa/archive/1393/03/index.html", "fa/archive/1393/index.html", "fa/archive/1394/10/index.html",
                "fa/archive/1394/index.html", "fa/archive/index.html"), pathsUnder("fa/archive/"));
        Document year = page("en/archive/2014/index.html");
        assertEquals("2014", year.selectFirst("main h1").text());
        assertEquals(List.of("June 1 article"), texts(year, ".archive-months li"));
        assertEquals("June 2014", page("en/archive/2014/06/index.html").selectFirst("main h1").text());
    }

    @Test
    void anArticlesDateLinksToItsMonthAndTheHomeToTheArchive() throws Exception {
        String file = RelativeUrls.fileOf(FixtureSites.article(site, "fa", "river-city").urlPath());
        Element date = article("fa", "river-city").selectFirst(".article__byline a.article__date");
        assertEquals("fa/archive/1393/03/index.html", target(file, date));
        assertEquals("۲۷ خرداد ۱۳۹۳", date.text());
        Document home = page("fa/index.html");
        assertEquals("fa/archive/index.html", target("fa/index.html", home.selectFirst("main .home__archive a")));
        assertEquals("fa/archive/index.html",
                target("fa/index.html", home.select("header .site-nav a").get(2)));
        assertNull(article("en", "library-notes").selectFirst("a.article__date"), "undated: no archive link");
    }

    // Authors

    @Test
    void authorIndexesFollowTheCollationOfTheirLanguage() throws Exception {
        assertEquals(List.of("رضا کریمی ۱ مقاله", "مریم احمدی ۲ مقاله", "Lena Hart ۳ مقاله", "Sam Ortiz ۳ مقاله"),
                texts(page("fa/authors/index.html"), ".author-list li"));
        assertEquals(List.of("Lena Hart 3 articles", "Sam Ortiz 3 articles", "رضا کریمی 1 article",
                "مریم احمدی 2 articles"), texts(page("en/authors/index.html"), ".author-list li"));
        assertEquals("rtl", page("en/authors/index.html").select(".author-list bdi").get(2).attr("dir"));
    }

    @Test
    void anAuthorPageListsTheirArticlesPageLanguageFirst() throws Exception {
        // pageSize 2: the newest two on the first page, the oldest on archive page 1
        Document lena = page("en/authors/lena-hart/index.html");
        assertEquals("Lena Hart", lena.selectFirst("main h1").text());
        assertEquals("Articles 3 articles", lena.selectFirst("#written").text());
        assertEquals(List.of("The river that made a city", "A verse before breakfast"),
                texts(lena, "[aria-labelledby=written] .entry__title"));
        assertNull(lena.selectFirst("[aria-labelledby=translated]"));
        assertEquals("en/authors/lena-hart/page/1/index.html",
                target("en/authors/lena-hart/index.html", lena.selectFirst(".pager a[rel=next]")));
        Document second = page("en/authors/lena-hart/page/1/index.html");
        assertEquals("Lena Hart page 1", second.selectFirst("main h1").text());
        assertEquals(List.of("رودی که شهری ساخت"), texts(second, "[aria-labelledby=written] .entry__title"));
        assertEquals("fa", second.selectFirst("[aria-labelledby=written] .entry").attr("lang"));
    }

    @Test
    void aTranslatorIsCreditedAsTranslator() throws Exception {
        Document maryam = page("fa/authors/mrym-ahmdy/index.html");
        assertNull(maryam.selectFirst("[aria-labelledby=written]"));
        assertEquals("ترجمه‌ها ۲ مقاله", maryam.selectFirst("#translated").text());
        assertEquals(List.of("رودی که شهری ساخت", "چراغ‌های بندر"), texts(maryam, "[aria-labelledby=translated] .entry__title"));
    }

    @Test
    void bylinesLinkToTheAuthorsPage() throws Exception {
        String file = RelativeUrls.fileOf(FixtureSites.article(site, "fa", "river-city").urlPath());
        Document persian = article("fa", "river-city");
        assertEquals("fa/authors/lena-hart/index.html",
                target(file, persian.selectFirst(".article__author a[rel=author]")));
        assertEquals("fa/authors/mrym-ahmdy/index.html", target(file, persian.selectFirst("a.article__translator")));
        Document topic = page("en/topics/cities/index.html");
        Element listed = topic.selectFirst(".entry__author a");
        assertNotNull(listed);
        assertTrue(target("en/topics/cities/index.html", listed).startsWith("en/authors/"), listed.attr("href"));
    }

    // Related articles

    @Test
    void relatedArticlesPreferRareTopicsThePageLanguageThenNearDates() throws Exception {
        Document river = article("en", "river-city");
        // poetry (3 articles) outweighs cities (6); among cities, English first, nearest date first,
        // undated last; the article's own translation is not listed
        assertEquals(List.of("A verse before breakfast", "Market day in the old quarter",
                        "Night trains across the plateau", "Notes from a small library", "صبح‌های تهران"),
                texts(river, ".related .entry__title"));
        Element foreign = river.select(".related .entry").get(4);
        assertTrue(foreign.hasClass("entry--foreign"));
        assertEquals("fa", foreign.attr("lang"));
        assertEquals("Persian", foreign.selectFirst(".entry__language").text());
    }

    @Test
    void ofATranslatedArticleTheVersionInThePageLanguageIsRelated() throws Exception {
        assertEquals(List.of("رودی که شهری ساخت", "Night trains across the plateau",
                        "Market day in the old quarter", "Notes from a small library"),
                texts(article("fa", "tehran-mornings"), ".related .entry__title"));
    }

    // Topic feeds

    @Test
    void topicPagesLinkTheirFeedInTheirLanguage() throws Exception {
        Element link = page("fa/topics/cities/index.html").selectFirst("head link[rel=alternate][type=application/atom+xml][href$=feed.xml][href*=cities]");
        assertNotNull(link);
        assertEquals("fa/topics/cities/feed.xml", target("fa/topics/cities/index.html", link));
        String feed = rendered.file("fa/topics/cities/feed.xml");
        assertTrue(feed.contains("<id>https://example.org/archive/fa/topics/cities/feed.xml</id>"), feed);
        assertEquals(2, feed.split("<entry>", -1).length - 1, "pageSize entries, Persian only");
        assertFalse(feed.contains("hreflang=\"en\" href=\"https://example.org/archive/en/2015"), feed);
    }

    @Test
    void aTopicWithoutDatedArticlesInALanguageHasNoFeedThere() throws Exception {
        assertNull(page("en/topics/books/index.html").selectFirst("link[href$=books/feed.xml]"));
        assertTrue(rendered.pages.stream().noneMatch(p -> p.path().equals("en/topics/books/feed.xml")));
        assertTrue(rendered.pages.stream().anyMatch(p -> p.path().equals("fa/topics/books/feed.xml")));
    }

    // Search page and box

    @Test
    void everyPageHasASearchBoxSendingToItsLanguagesSearchPage() throws Exception {
        for (Page p : rendered.htmlPages()) {
            if (p.path().equals("404.html")) {
                continue;
            }
            Element form = page(p.path()).selectFirst("header form[role=search]");
            assertNotNull(form, p.path());
            String lang = page(p.path()).selectFirst("html").attr("lang");
            assertEquals(lang + "/search/index.html", target(p.path(), form.attr("action")),
                    p.path());
            Element input = form.selectFirst("input[type=search][name=q]");
            assertNotNull(form.selectFirst("label[for=" + input.id() + "]"), p.path());
        }
    }

    @Test
    void theSearchPageWorksWithoutAFrameworkAndSaysWhatItNeeds() throws Exception {
        Document search = page("fa/search/index.html");
        assertEquals("جستجو", search.selectFirst("main h1").text());
        assertNotNull(search.selectFirst("main form[role=search] input#search-q[name=q]"));
        assertNotNull(search.selectFirst("main label[for=search-q]"));
        assertEquals("polite", search.selectFirst(".search__status").attr("aria-live"));
        assertEquals("fa/archive/index.html",
                target("fa/search/index.html", search.selectFirst("noscript .search__nojs a")));
        assertEquals("assets/search.js", target("fa/search/index.html", search.selectFirst("script[src]").attr("src")));
        Element box = search.selectFirst(".search");
        assertEquals("../../", box.attr("data-root"));
        assertEquals("search/index.js", box.attr("data-index"));
        assertTrue(box.attr("data-messages").contains("\"digits\":\"۰۱۲۳۴۵۶۷۸۹\""), box.attr("data-messages"));
        assertTrue(rendered.pages.stream().anyMatch(p -> p.path().equals("search/index.js")));
    }

    // Reading time and digits

    @Test
    void readingTimeIsInThePagesLanguageAndDigits() throws Exception {
        assertEquals("زمان خواندن: ۱ دقیقه", article("fa", "tehran-mornings").selectFirst(".article__reading-time").text());
        assertEquals("1 minute read", article("en", "river-city").selectFirst(".article__reading-time").text());
    }

    @Test
    void persianFootnoteMarkersUsePersianDigits() throws Exception {
        assertEquals("۱", article("fa", "tehran-mornings").selectFirst("a.footnote-ref").text());
    }

    @Test
    void readingTimeRoundsToWholeMinutesOfTwoHundredWords() {
        assertEquals(1, ReadingTime.minutesFor(0));
        assertEquals(1, ReadingTime.minutesFor(299));
        assertEquals(2, ReadingTime.minutesFor(300));
        assertEquals(3, ReadingTime.words("one، دو ۳ — ."));
    }
}
