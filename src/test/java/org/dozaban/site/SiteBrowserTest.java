package org.dozaban.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of every site under test, loaded from {@code file://} in headless Chromium: direction
 * and language of each block, the Persian font, accessibility, horizontal overflow; plus
 * screenshots for review.
 */
@ExtendWith(BrowserExtension.class)
class SiteBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int HEIGHT = 900;
    private static final int[] WIDTHS = {Screenshots.PHONE, Screenshots.DESKTOP};

    @TempDir
    static Path work;

    private static WebDriver driver;
    private static List<BuiltSite> sites;
    private static OfflinePages offline;

    @BeforeAll
    static void setUp(WebDriver browser) throws Exception {
        driver = browser;
        sites = TestSites.prepare(work);
        offline = new OfflinePages(work.resolve("offline"));
        for (BuiltSite site : sites) {
            assertFalse(site.pages().isEmpty(), () -> "no HTML pages in " + site.root());
        }
    }

    @Test
    void everyBlockReadsInTheDirectionAndLanguageOfItsScript() throws IOException {
        Viewport.resize(driver, Screenshots.DESKTOP, HEIGHT);
        assertNoFailures("blocks with the wrong direction or language", forEveryPage(DirectionCheck::check));
    }

    @Test
    void persianTextIsSetInThePersianFace() throws IOException {
        Viewport.resize(driver, Screenshots.DESKTOP, HEIGHT);
        assertNoFailures("Persian blocks in another font", forEveryPage(FontCheck::check));
    }

    @Test
    void noSeriousOrCriticalAccessibilityViolations() throws IOException {
        Viewport.resize(driver, Screenshots.DESKTOP, HEIGHT);
        assertNoFailures("serious or critical axe-core violations", forEveryPage(AxeCheck::check));
    }

    @Test
    void noSeriousOrCriticalAccessibilityViolationsInDarkMode() throws IOException {
        Viewport.resize(driver, Screenshots.DESKTOP, HEIGHT);
        ColorScheme.emulate(driver, "dark");
        try {
            List<String> failures = forEveryPage((browser, page) -> {
                assertTrue(ColorScheme.matches(browser, "dark"), page + " is not in dark mode");
                return AxeCheck.check(browser, page + " (dark)");
            });
            assertNoFailures("serious or critical axe-core violations in dark mode", failures);
        } finally {
            ColorScheme.emulate(driver, "light");
        }
    }

    @Test
    void noPageScrollsSideways() throws IOException {
        List<String> failures = new ArrayList<>();
        for (int width : WIDTHS) {
            Viewport.resize(driver, width, HEIGHT);
            failures.addAll(forEveryPage((browser, page) -> OverflowCheck.check(browser, page + " at " + width + " px")
                    .stream().toList()));
        }
        assertNoFailures("pages wider than the viewport", failures);
    }

    /**
     * Writes the pages a reviewer looks at first to {@code target/screenshots/}, at desktop width
     * ({@code fa-home.png}) and phone width ({@code fa-home-360.png}): those of the real site there,
     * the others in a folder per site.
     */
    @Test
    void screenshotsForReview() throws Exception {
        for (BuiltSite site : sites) {
            Map<String, String> pages = ReviewPages.pick(site);
            assertTrue(pages.containsKey("fa-home") || pages.containsKey("en-home"),
                    () -> site.name() + " has neither fa/index.html nor en/index.html");
            Path folder = "site".equals(site.name()) ? SCREENSHOTS : SCREENSHOTS.resolve(site.name());
            for (Map.Entry<String, String> shot : pages.entrySet()) {
                String url = offline.url(site, shot.getValue());
                Screenshots.save(driver, url, Screenshots.DESKTOP, folder.resolve(shot.getKey() + ".png"));
                Screenshots.save(driver, url, Screenshots.PHONE,
                        folder.resolve(shot.getKey() + "-" + Screenshots.PHONE + ".png"));
            }
        }
    }

    /** Loads every page of every site in turn and collects what {@code check} finds on each. */
    private static List<String> forEveryPage(BiFunction<WebDriver, String, List<String>> check) throws IOException {
        List<String> failures = new ArrayList<>();
        for (BuiltSite site : sites) {
            for (String page : site.pages()) {
                Loading.open(driver, offline.url(site, page));
                failures.addAll(check.apply(driver, site.label(page)));
            }
        }
        return failures;
    }

    private static void assertNoFailures(String what, List<String> failures) {
        assertTrue(failures.isEmpty(), () -> failures.size() + " " + what + ":\n" + String.join("\n", failures));
    }
}
