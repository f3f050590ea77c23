package org.dozaban.site;

import org.dozaban.search.SearchText;
import org.dozaban.testing.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page of the bilingual fixture, typed into in headless Chromium: Persian typed on an
 * Arabic keyboard, with and without ZWNJ, with any digits; English by another form of a word; the
 * snippet's direction; and the script's terms against the Java definition on the same strings. Also
 * the list counters of Persian articles.
 */
@ExtendWith(BrowserExtension.class)
class SearchBrowserTest {

    /** The fixture's content/fa/tehran-mornings.md, which has «می‌خواهند», «کوچه‌ها» and «۱۳۹۴». */
    private static final String TEHRAN = "fa/2016/01/sbh-hay-thran/index.html";
    /** The fixture's content/en/river-city.md, which has "bridges". */
    private static final String RIVER = "en/2014/06/the-river-that-made-a-city/index.html";

    @TempDir
    static Path work;

    /** Articles added to a copy of the fixture in {@link #setUp}, whose searched words stand far from their start. */
    private static final String LONG_FA = "fa/2017/05/nameh-blnd/index.html";
    private static final String LONG_EN = "en/2017/05/a-long-letter/index.html";

    private static WebDriver driver;
    private static BuiltSite site;
    /** The fixture with two long articles added. */
    private static BuiltSite longSite;

    @BeforeAll
    static void setUp(WebDriver browser) throws Exception {
        driver = browser;
        site = BuiltSite.build("fixture", TestSites.FIXTURE_CONTENT, TestSites.TEMPLATES, work.resolve("fixture"));
        Path content = Trees.copy(TestSites.FIXTURE_CONTENT, work.resolve("long-content"));
        Files.writeString(content.resolve("fa/long-letter.md"), """
                ---
                title: نامهٔ بلند
                slug: nameh-blnd
                date: 2017-05-01
                ---
                آغاز نامه از روزهای بارانی می‌گوید.

                """ + "این جمله فقط جای خالی را پر می‌کند و از چیز دیگری سخن نمی‌گوید. ".repeat(12) + """

                در پایان، کتابخانه‌ها در سال ۱۴۰۲ دوباره باز شدند و دانشگاهي تازه در شهر ساخته شد.
                """);
        Files.writeString(content.resolve("en/long-letter.md"), """
                ---
                title: A long letter
                date: 2017-05-01
                ---
                The letter opens with the rainy days.

                """ + "This sentence only fills the space and speaks of nothing else. ".repeat(12) + """

                At the end, the lighthouses along the coast were lit again in 2023.
                """);
        longSite = BuiltSite.build("long", content, TestSites.TEMPLATES, work.resolve("long"));
        Viewport.resize(driver, 1280, 900);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ميخواهند",              // Arabic yeh, no ZWNJ
            "مي‌خواهند",             // Arabic yeh, ZWNJ
            "می خواهند",             // a space where the ZWNJ goes
            "زمستان ۱۳۹۴",           // Persian digits
            "زمستان ١٣٩٤",           // Arabic-Indic digits
            "1394 نانواها",          // ASCII digits
            "كوچهها",                // Arabic kaf, no ZWNJ
            "نُخُستين"})              // diacritics and Arabic yeh
    void persianQueriesFindThePersianArticle(String query) {
        List<String> results = search("fa", query);
        assertTrue(results.contains(TEHRAN), () -> query + " found " + results);
    }

    @Test
    void anEnglishWordFindsItsOtherForms() {
        List<String> results = search("en", "bridge");
        assertEquals(List.of(RIVER), results);
        WebElement mark = driver.findElement(By.cssSelector(".search__results .search__snippet mark"));
        assertEquals("bridges", mark.getText());
    }

    @Test
    void aPersianResultOnTheEnglishPageIsLabelledAndReadsRightToLeft() {
        List<String> results = search("en", "ميخواهند");
        assertEquals(List.of(TEHRAN), results);
        WebElement result = driver.findElement(By.cssSelector(".search__results > li"));
        assertEquals("Persian", result.findElement(By.cssSelector(".entry__language")).getText());
        assertEquals("rtl", direction(result.findElement(By.cssSelector(".entry__title a"))));
        assertEquals("ltr", direction(result.findElement(By.cssSelector(".entry__meta"))));
        WebElement snippet = result.findElement(By.cssSelector(".search__snippet"));
        assertEquals("rtl", direction(snippet));
        assertEquals("می‌خواهند", snippet.findElement(By.tagName("mark")).getText());
        assertEquals("2016-01-10", result.findElement(By.cssSelector("time")).getAttribute("datetime"));
        assertEquals("10 January 2016", result.findElement(By.cssSelector("time")).getText());
    }

    @Test
    void datesAndCountsAreInThePagesCalendarAndDigits() {
        search("fa", "bridge");
        WebElement result = driver.findElement(By.cssSelector(".search__results > li"));
        assertEquals("۲۷ خرداد ۱۳۹۳", result.findElement(By.cssSelector("time")).getText());
        assertEquals("انگلیسی", result.findElement(By.cssSelector(".entry__language")).getText());
        assertEquals("ltr", direction(result.findElement(By.cssSelector(".search__snippet"))));
        String status = driver.findElement(By.cssSelector(".search__status")).getText();
        assertTrue(status.startsWith("یک مقاله"), status);
    }

    @Test
    void theHeaderBoxWorksFromTheKeyboardAndTheSearchPageAnnouncesItsResults() {
        Loading.open(driver, site.url("en/index.html"));
        WebElement box = driver.findElement(By.cssSelector("header form[role=search] input[type=search]"));
        WebElement body = driver.findElement(By.tagName("body"));
        for (int tab = 0; tab < 40 && !box.equals(driver.switchTo().activeElement()); tab++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(box, driver.switchTo().activeElement(), "the header box is reached with Tab from " + body.getTagName());
        driver.switchTo().activeElement().sendKeys("trains", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !results().isEmpty());
        assertTrue(driver.getCurrentUrl().contains("en/search/index.html?q=trains"), driver.getCurrentUrl());
        assertEquals(List.of("en/2015/03/night-trains-across-the-plateau/index.html"), results());
        assertEquals("trains", driver.findElement(By.id("search-q")).getAttribute("value"));
        WebElement status = driver.findElement(By.cssSelector(".search__status"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertEquals("One article matches trains.", status.getText());
    }

    @Test
    void aPersianSnippetIsTakenFromWhereTheWordStandsFarIntoTheText() {
        List<String> results = search(longSite, "fa", "كتابخانهها");
        assertEquals(List.of(LONG_FA), results);
        WebElement snippet = driver.findElement(By.cssSelector(".search__results .search__snippet"));
        assertEquals("rtl", direction(snippet));
        assertTrue(snippet.getText().contains("دوباره باز شدند"), snippet.getText());
        assertTrue(!snippet.getText().contains("آغاز نامه"), "the opening is left out: " + snippet.getText());
        assertEquals(List.of("کتابخانه‌ها"), marks(snippet));
    }

    @Test
    void everyQueryWordIsMarkedWhateverItsDigitsAndLetters() {
        search(longSite, "en", "1402 دانشگاهی");
        WebElement snippet = driver.findElement(By.cssSelector(".search__results .search__snippet"));
        assertEquals("rtl", direction(snippet));
        assertEquals(List.of("۱۴۰۲", "دانشگاهي"), marks(snippet));
    }

    @Test
    void anEnglishSnippetOnThePersianPageReadsLeftToRight() {
        List<String> results = search(longSite, "fa", "lighthouse");
        assertEquals(List.of(LONG_EN), results);
        WebElement snippet = driver.findElement(By.cssSelector(".search__results .search__snippet"));
        assertEquals("ltr", direction(snippet));
        assertEquals(List.of("lighthouses"), marks(snippet));
        assertTrue(snippet.getText().startsWith("… "), snippet.getText());
        assertTrue(snippet.getText().contains("were lit again in 2023."), snippet.getText());
    }

    private static List<String> marks(WebElement snippet) {
        return snippet.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theScriptMakesTheSameTermsAsTheJavaDefinition() {
        List<String> samples = List.of("می‌خواهم", "مي خواهم", "ميخواهم", "كتاب ها", "کتاب‌های", "نمی دانم",
                "مدرسة", "خانۀ", "آب", "إسلام", "مسؤول", "مسئله", "اجزاء", "مُحَمَّد", "کتـــاب", "۱۳۹۳", "١٣٩٣",
                "\uFB8E\uFBFD", "Bridges", "CITIES", "running", "filled", "this", "glass", "Café", "naïve",
                "Iraq's", "e-mail", "1990s", "IBM و نخستین رایانه‌ها", "«بنی آدم» اعضای یکدیگرند", "a b c",
                "\u200Cمی\u200C\u200Cخواهم\u200C", "İstanbul", "ΣΊΣΥΦΟΣ");
        Loading.open(driver, site.url("fa/search/index.html"));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> script = (Map<String, List<String>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.dozabanSearch.ready.then(() => {"
                        + "  const out = {}; arguments[0].forEach(s => out[s] = window.dozabanSearch.terms(s)); done(out);"
                        + "});", samples);
        for (String sample : samples) {
            assertEquals(SearchText.queryTerms(sample), script.get(sample), sample);
        }
    }

    @Test
    void persianArticlesCountTheirListsInPersianDigits() {
        Loading.open(driver, site.url(TEHRAN));
        List<WebElement> lists = driver.findElements(By.cssSelector(".article__body ol"));
        assertEquals(2, lists.size(), "a numbered list and the footnotes");
        for (WebElement list : lists) {
            assertEquals("persian", ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(arguments[0]).listStyleType;", list));
        }
    }

    /** A word of the {@code n}th added article alone: "word" and its digits as consonants, which no stem rule takes off. */
    private static String wordOf(int n) {
        StringBuilder word = new StringBuilder("word");
        for (char digit : String.valueOf(n).toCharArray()) {
            word.append("bcfghjkmnp".charAt(digit - '0'));
        }
        return word.toString();
    }

    @Test
    void aLargeArchiveFindsItsLatestArticlesBesideTheShardsAndItsOlderOnesInThem() throws Exception {
        // over a thousand articles: the index keeps the latest apart from its shards, in the recent files
        int added = 1040;
        Path content = Trees.copy(TestSites.FIXTURE_CONTENT, work.resolve("large-content"));
        for (int n = 0; n < added; n++) {
            Files.writeString(content.resolve("en/note-" + n + ".md"), "---\ntitle: Note " + n + "\ndate: "
                    + java.time.LocalDate.of(2018, 1, 1).plusDays(n) + "\n---\nA short note that has the word "
                    + wordOf(n) + " in it.\n");
        }
        BuiltSite large = BuiltSite.build("large", content, TestSites.TEMPLATES, work.resolve("large"));
        String manifest = Files.readString(large.root().resolve("search/index.js"));
        int documents = Integer.parseInt(manifest.replaceAll("(?s).*\"documents\":(\\d+).*", "$1"));
        assertTrue(documents >= 1024 && documents % 64 != 0, "latest documents kept apart: " + documents);
        assertTrue(manifest.matches("(?s).*\"recent\":\\[0(,\\d+){15}\\].*"), "the manifest says where the 16 groups begin");

        // the newest, the last document, in a recent file; an old one in a shard
        assertEquals(List.of("en/2020/11/note-" + (added - 1) + "/index.html"), search(large, "en", wordOf(added - 1)));
        assertTrue(loaded().stream().anyMatch(f -> f.startsWith("search/recent/")), loaded().toString());
        // followed by a space, not taken as a prefix of the words of notes 30 to 39 and 300 to 399
        assertEquals(List.of("en/2018/01/note-3/index.html"), search(large, "en", wordOf(3) + " "));
        // typed as a prefix, the words of notes 1010 to 1019, the first in the shards and the last in the
        // recent files (the notes are the latest documents, numbered oldest first), and the word of note 101,
        // which is the prefix: all eleven, the newer first at equal scores
        int firstNote = documents - added;
        int sharded = documents - documents % 64;
        assertTrue(firstNote + 1010 < sharded && firstNote + 1019 >= sharded,
                "notes 1010 to 1019 span the shards and the recent files: " + documents + " documents");
        String prefix = wordOf(1010).substring(0, wordOf(1010).length() - 1);
        List<String> tens = new java.util.ArrayList<>();
        for (int n = 1019; n >= 1010; n--) {
            tens.add("en/2020/" + java.time.LocalDate.of(2018, 1, 1).plusDays(n).toString().substring(5, 7)
                    + "/note-" + n + "/index.html");
        }
        tens.add("en/2018/04/note-101/index.html");
        assertEquals(tens, search(large, "en", prefix));
    }

    /** The index files the search page loaded, site-relative. */
    @SuppressWarnings("unchecked")
    private static List<String> loaded() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.dozabanSearch.loaded();");
    }

    /** Types {@code query} into the search page of {@code lang} and returns the result links, site-relative. */
    private static List<String> search(String lang, String query) {
        return search(site, lang, query);
    }

    private static List<String> search(BuiltSite in, String lang, String query) {
        Loading.open(driver, in.url(lang + "/search/index.html"));
        WebElement input = driver.findElement(By.id("search-q"));
        input.sendKeys(query);
        // each key runs the query typed so far: wait for the answer to the whole of it, and its snippets
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector(".search__status bdi")).stream()
                        .anyMatch(bdi -> bdi.getText().equals(query.strip()))
                        && d.findElements(By.cssSelector(".search__results[aria-busy]")).isEmpty());
        return results(in);
    }

    private static List<String> results() {
        return results(site);
    }

    private static List<String> results(BuiltSite in) {
        String root = in.root().toAbsolutePath().toUri().toString();
        return driver.findElements(By.cssSelector(".search__results .entry__title a")).stream()
                .map(a -> a.getAttribute("href").replace(root, ""))
                .toList();
    }

    private static String direction(WebElement element) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0]).direction;", element);
    }
}
