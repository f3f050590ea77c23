package org.dozaban.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the browser: the Persian face is downloaded only by pages that show Persian text, and a video
 * placeholder loads nothing from the video site until it is clicked.
 */
@ExtendWith(BrowserExtension.class)
class LightPagesBrowserTest {

    private static final String FACE_STATUS = "return [...document.fonts].filter(f => f.family.includes('Vazirmatn'))"
            + ".map(f => f.status);";
    private static final String FETCHED = "return performance.getEntriesByType('resource').map(e => e.name);";

    @TempDir
    static Path work;

    private static WebDriver driver;
    private static BuiltSite fixture;

    @BeforeAll
    static void build(WebDriver browser) throws Exception {
        driver = browser;
        fixture = BuiltSite.build("fixture", TestSites.FIXTURE_CONTENT, TestSites.TEMPLATES, work.resolve("fixture"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> script(String script) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(script);
    }

    /** An English article without a translation: Persian only in the language switch. */
    @Test
    void anEnglishPageWithoutPersianTextDownloadsNoFont() {
        // English article pages of the fixture list related Persian articles; the topic index has none
        Loading.open(driver, fixture.url("en/topics/index.html"));
        String text = driver.findElement(By.tagName("body")).getText();
        assertEquals("فارسی", text.codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF || c == ' ')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip());
        // a face the page never asked for stays "unloaded"; one it used is "loaded"
        assertEquals(List.of("unloaded"), script(FACE_STATUS));
    }

    @Test
    void aPersianPageDownloadsThePersianFace() {
        Loading.open(driver, fixture.url("fa/index.html"));
        assertEquals(List.of("loaded"), script(FACE_STATUS));
    }

    @Test
    void aVideoLoadsOnlyWhenClicked() {
        Loading.open(driver, fixture.url("en/2010/05/harbour-lights/index.html"));
        assertTrue(driver.findElements(By.tagName("iframe")).isEmpty());
        assertTrue(script(FETCHED).stream().noneMatch(url -> url.contains("youtube")), script(FETCHED)::toString);
        driver.findElement(By.cssSelector(".embed__link")).click();
        WebElement frame = driver.findElement(By.cssSelector("figure.embed iframe"));
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", frame.getAttribute("src"));
        assertEquals("A walk along the quay at night", frame.getAttribute("title"));
    }
}
