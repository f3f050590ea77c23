package org.dozaban.site;

import org.dozaban.serve.Preview;
import org.dozaban.testing.Trees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page opened from {@code serve} follows its article's file: an edit reloads it with the new text,
 * broken front matter puts the errors over it, and the fix takes them away again. Prints, never
 * asserts, how long an edit takes to reach the page:
 * {@code mvn -o -q test -Dtest=LiveReloadBrowserTest}.
 */
@ExtendWith(BrowserExtension.class)
class LiveReloadBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ARTICLE_PATH = "en/2013/11/market-day-in-the-old-quarter/";

    @TempDir
    static Path work;

    private static Path article;
    private static Preview preview;
    private static final StringWriter log = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        Path content = Trees.copy(TestSites.FIXTURE_CONTENT, work.resolve("content"));
        article = content.resolve("en/market-day.md");
        Files.writeString(content.resolve("fa/draft.md"), "---\ntitle: پیش‌نویس آزمایشی\ndate: 2015-01-01\n"
                + "draft: true\nslug: a-draft\n---\nمتن پیش‌نویس.\n");
        Files.writeString(content.resolve("en/later.md"), "---\ntitle: Written for later\ndate: 2999-01-01\n---\nLater.\n");
        preview = Preview.start(new Preview.Options(content, TestSites.TEMPLATES, work.resolve("preview"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), new PrintWriter(log, true));
    }

    @AfterAll
    static void stop() throws IOException {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void thePageFollowsEditsAndShowsErrorsUntilTheyAreFixed(WebDriver driver) throws Exception {
        String original = Files.readString(article);
        countLoads(driver);
        driver.get(preview.uri().resolve(ARTICLE_PATH).toString());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Market day"), driver.getPageSource());
        BuiltEvents events = BuiltEvents.listen(preview.uri());

        int rebuilds = rebuilds();
        long saved = System.nanoTime();
        Files.writeString(article, original.replace("Traders arrive before sunrise", "Traders arrive at first light"));
        waitFor(driver, "the edited text", d -> bodyText(d).contains("Traders arrive at first light"));
        long shown = System.nanoTime();
        System.out.printf(Locale.ROOT, "live reload: saving an article to the reload event reaching a page: %d ms;"
                        + " to the new text shown in the browser: %d ms%n",
                (events.nextBuildAt() - saved) / 1_000_000, (shown - saved) / 1_000_000);
        // the page was shown ahead of the rebuild of the rest, which leaves it as it is: no second reload
        waitFor(driver, "the rebuild of the rest", d -> rebuilds() > rebuilds ? Boolean.TRUE : null);
        Thread.sleep(500);
        assertEquals("2", loads(driver), "loaded, then reloaded once; preview log:\n" + log);
        assertTrue(log.toString().contains("showed " + ARTICLE_PATH + "index.html after "), log.toString());

        String broken = original.replace("title: Market day", "<img src=x onerror=alert(1)>: here\ntitle: Market day");
        Files.writeString(article, broken);
        WebElement overlay = waitFor(driver, "the error overlay", d -> d.findElements(By.id("dozaban-errors")))
                .get(0);
        String errors = overlay.getText();
        assertTrue(errors.contains(Path.of("en", "market-day.md") + ":2:1: error: unknown key \"<img src=x onerror=alert(1)>\""),
                errors);
        assertEquals(List.of(), overlay.findElements(By.tagName("img")), "messages are shown as text");
        assertTrue(bodyText(driver).contains("Traders arrive at first light"), "the last good build stays");

        Files.writeString(article, original.replace("Traders arrive before sunrise", "Traders arrive fixed"));
        waitFor(driver, "the fixed page without the overlay",
                d -> bodyText(d).contains("Traders arrive fixed") && d.findElements(By.id("dozaban-errors")).isEmpty());
        assertFalse(Files.readString(work.resolve("preview").resolve(ARTICLE_PATH).resolve("index.html"))
                .contains("EventSource"), "the script is added when serving, not written into the build");
        events.close();
        System.out.print("preview log:\n" + log);
    }

    @Test
    void aSearchPageReloadsWhenTheIndexItHasLoadedChanges(WebDriver driver) throws Exception {
        countLoads(driver);
        driver.get(preview.uri().resolve("en/search/").toString());
        waitFor(driver, "the index's manifest loaded", d -> d.findElements(By.cssSelector("script[src*='search/']")));
        // its own file is not rebuilt: only the index it reads changes
        Path river = article.resolveSibling("river-city.md");
        Files.writeString(river, Files.readString(river) + "\nA sentence for the search index, 8b1d.\n");
        waitFor(driver, "the search page reloaded", d -> "2".equals(loads(d)) ? Boolean.TRUE : null);
        waitFor(driver, "the index loaded again", d -> d.findElements(By.cssSelector("script[src*='search/']")));
    }

    /**
     * From now on, each page this tab loads counts its loads, reloads included; once per load however often
     * this is called.
     */
    private static void countLoads(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "if (!window.dozabanCounted) { window.dozabanCounted = true;"
                        + " sessionStorage.setItem('loads:' + location.pathname,"
                        + " String(Number(sessionStorage.getItem('loads:' + location.pathname) || 0) + 1)); }"));
    }

    /** How many times the tab loaded its current page, as {@link #countLoads} counts. */
    private static Object loads(WebDriver driver) {
        return ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('loads:' + location.pathname);");
    }

    /** How many rebuilds the preview has reported so far. */
    private static int rebuilds() {
        return log.toString().split("\nrebuilt ", -1).length - 1;
    }

    @Test
    void draftAndScheduledArticlesAreMarkedAccessibly(WebDriver driver) {
        for (String page : List.of("fa/2015/01/a-draft/", "en/2999/01/written-for-later/", "en/")) {
            driver.get(preview.uri().resolve(page).toString());
            WebElement banner = driver.findElement(By.cssSelector(".unpublished, .entry__status"));
            assertTrue(banner.isDisplayed(), page);
            assertFalse(banner.getText().isBlank(), page);
            assertEquals(List.of(), AxeCheck.check(driver, page), "axe-core on " + page);
        }
    }

    private static String bodyText(WebDriver driver) {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits, through the page's own reloads, until {@code condition} holds, and returns its value. */
    private static <T> T waitFor(WebDriver driver, String what, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                // often enough that the time to the new text is the browser's, not the wait's
                .pollingEvery(Duration.ofMillis(20))
                .ignoring(WebDriverException.class)
                .withMessage(() -> "waited for " + what + "; preview log:\n" + log)
                .until(d -> {
                    T value = condition.apply(d);
                    return value instanceof List<?> list && list.isEmpty() ? null : value;
                });
    }

    /** Listens to the preview's events like a page does, and notes when each new build is announced. */
    private static final class BuiltEvents implements AutoCloseable {
        private final BlockingQueue<long[]> builds = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;

        private BuiltEvents(URI uri) {
            HttpRequest request = HttpRequest.newBuilder(uri.resolve("_dozaban/events")).build();
            response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
            response.thenAcceptAsync(r -> {
                boolean built = false;
                for (String line : (Iterable<String>) r.body()::iterator) {
                    if (built && line.startsWith("data: ")) {
                        builds.add(new long[] {System.nanoTime(), line.hashCode()});
                    }
                    built = line.equals("event: built");
                }
            });
        }

        /** A listener that has heard the current build, so that what it hears next is news. */
        static BuiltEvents listen(URI uri) throws InterruptedException {
            BuiltEvents events = new BuiltEvents(uri);
            events.current = events.next();
            return events;
        }

        private long[] current;

        /** When the next build after the current one reached this listener, as {@link System#nanoTime}. */
        long nextBuildAt() throws InterruptedException {
            long[] next;
            do {
                next = next();
            } while (next[1] == current[1]);
            current = next;
            return next[0];
        }

        private long[] next() throws InterruptedException {
            long[] event = builds.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no build announced; preview log:\n" + log);
            }
            return event;
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
        }
    }
}
