package org.dozaban.site;

import org.dozaban.search.SearchText;
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

    private static WebDriver driver;
    private static BuiltSite site;

    @BeforeAll
    static void setUp(WebDriver browser) throws Exception {
        driver = browser;
        site = BuiltSite.build("fixture", TestSites.FIXTURE_CONTENT, TestSites.TEMPLATES, work.resolve("fixture"));
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
    void theHeaderBoxSendsItsQueryToTheSearchPage() {
        Loading.open(driver, site.url("en/index.html"));
        WebElement box = driver.findElement(By.cssSelector("header form[role=search] input[type=search]"));
        box.sendKeys("trains", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !results().isEmpty());
        assertTrue(driver.getCurrentUrl().contains("en/search/index.html?q=trains"), driver.getCurrentUrl());
        assertEquals(List.of("en/2015/03/night-trains-across-the-plateau/index.html"), results());
        assertEquals("trains", driver.findElement(By.id("search-q")).getAttribute("value"));
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

    /** Types {@code query} into the search page of {@code lang} and returns the result links, site-relative. */
    private static List<String> search(String lang, String query) {
        Loading.open(driver, site.url(lang + "/search/index.html"));
        WebElement input = driver.findElement(By.id("search-q"));
        input.sendKeys(query);
        // each key runs the query typed so far: wait for the answer to the whole of it
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector(".search__status bdi")).stream()
                        .anyMatch(bdi -> bdi.getText().equals(query.strip())));
        return results();
    }

    private static List<String> results() {
        String root = site.root().toAbsolutePath().toUri().toString();
        return driver.findElements(By.cssSelector(".search__results .entry__title a")).stream()
                .map(a -> a.getAttribute("href").replace(root, ""))
                .toList();
    }

    private static String direction(WebElement element) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0]).direction;", element);
    }
}
