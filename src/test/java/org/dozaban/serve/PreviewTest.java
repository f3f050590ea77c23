package org.dozaban.serve;

import org.dozaban.testing.Trees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview end to end, without a browser: its own build with drafts, errors and their fix as events. */
class PreviewTest {

    @TempDir
    Path dir;

    private final StringWriter log = new StringWriter();
    private Preview preview;

    @AfterEach
    void stop() throws IOException {
        if (preview != null) {
            preview.close();
        }
    }

    private Path content() throws IOException {
        Path content = Trees.copy(Path.of("src/test/resources/sites/minimal/content"), dir.resolve("content"));
        Files.writeString(content.resolve("en/later.md"), "---\ntitle: Written for later\ndate: 2999-01-01\n---\nLater.\n");
        return content;
    }

    private void start(Path content) throws Exception {
        start(content, Path.of("templates"));
    }

    private void start(Path content, Path templates) throws Exception {
        preview = Preview.start(new Preview.Options(content, templates, dir.resolve("preview"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), new PrintWriter(log, true));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(preview.uri().resolve(path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void buildsDraftsAndScheduledArticlesIntoItsOwnFolder() throws Exception {
        start(content());
        HttpResponse<String> later = get("en/2999/01/written-for-later/");
        assertEquals(200, later.statusCode(), log.toString());
        assertTrue(later.body().contains("class=\"unpublished\""), later.body());
        assertTrue(Files.isDirectory(dir.resolve("preview/en/2999")));
        assertTrue(log.toString().startsWith("built 6 articles"), "the 5 of the fixture, its draft among them, and the scheduled one: " + log);
    }

    @Test
    void theSites404PageLinksToThePreview() throws Exception {
        start(content());
        HttpResponse<String> missing = get("en/2014/06/nowhere/");
        assertEquals(404, missing.statusCode());
        Document page = Jsoup.parse(missing.body());
        String stylesheet = page.select("link[rel=stylesheet]").attr("href");
        assertEquals("/assets/style.css", stylesheet);
        assertEquals(200, get(stylesheet.substring(1)).statusCode());
        for (Element link : page.select("main a[href]")) {
            assertTrue(link.attr("href").startsWith("/"), link.outerHtml());
            assertEquals(200, get(link.attr("href").substring(1)).statusCode(), link.outerHtml());
        }
        assertFalse(page.select("main a[href]").isEmpty(), missing.body());
    }

    @Test
    void aBrokenFirstBuildIsShownAndItsFixReloads() throws Exception {
        Path content = content();
        Path older = content.resolve("en/older.md");
        String good = Files.readString(older);
        Files.writeString(older, good.replace("date: 2014-06-17", "date: 2014-06-31"));
        start(content);
        HttpResponse<String> page = get("");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("data-build=\"none\""), page.body());
        try (EventStream events = new EventStream(preview.uri().getPort())) {
            String broken = events.next();
            assertTrue(broken.startsWith("event: broken\ndata: " + older + ":3:7: error: date \"2014-06-31\" does not exist\n"),
                    broken);
            Files.writeString(older, good);
            String built = events.next();
            assertTrue(built.startsWith("event: built\ndata: "), built);
            assertNotEquals("none", dataLines(built).get(0), built);
        }
        assertEquals(200, get("").statusCode());
        assertFalse(log.toString().contains("Exception"), log.toString());
    }

    @Test
    void anEditedArticlesPageIsShownFirstAndNotReloadedAgainByTheBuildThatFollows() throws Exception {
        Path content = content();
        start(content);
        String page = "en/2014/06/the-river-keeps-its-course/index.html";
        try (EventStream events = new EventStream(preview.uri().getPort())) {
            String state = events.next();
            Path river = content.resolve("en/river.md");
            Files.writeString(river, Files.readString(river).replace("The second paragraph.",
                    "The second paragraph, edited in 7f3a."));
            String shown = events.next();
            List<String> lines = dataLines(shown);
            assertEquals(List.of(page), lines.subList(2, lines.size()), "only the page of the article: " + shown);
            assertEquals(dataLines(state).get(0), lines.get(1), "the build before it is the one the page has");
            String built = events.next();
            List<String> after = dataLines(built);
            assertEquals(lines.get(0), after.get(1), built);
            assertFalse(after.contains(page), "the build that follows made the same page: " + built);
        }
        assertTrue(get(page.replace("index.html", "")).body().contains("edited in 7f3a"));
        assertTrue(log.toString().contains("showed " + page + " after "), log.toString());

        // an edit that moves the article is built with the rest, as one change
        try (EventStream events = new EventStream(preview.uri().getPort())) {
            events.next();
            Path river = content.resolve("en/river.md");
            Files.writeString(river, Files.readString(river).replace("date: 2014-06-17", "date: 2014-07-17"));
            List<String> lines = dataLines(events.next());
            assertTrue(lines.contains("en/2014/07/the-river-keeps-its-course/index.html"), lines.toString());
            assertTrue(lines.contains(page), "its old page is removed: " + lines);
        }
        assertEquals(1, log.toString().split("showed ", -1).length - 1, log.toString());
    }

    @Test
    void closingWaitsForTheBuildUnderWay() throws Exception {
        Path content = content();
        // the rebuild's report is held until the test lets it through: the build is under way until then
        CountDownLatch reporting = new CountDownLatch(1);
        CountDownLatch letThrough = new CountDownLatch(1);
        Writer holding = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                if (new String(text, offset, length).contains("rebuilt ")) {
                    reporting.countDown();
                    // as a build writing its files would, it goes on when interrupted
                    boolean interrupted = false;
                    while (letThrough.getCount() > 0) {
                        try {
                            letThrough.await();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
                log.write(text, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        preview = Preview.start(new Preview.Options(content, Path.of("templates"), dir.resolve("preview"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), new PrintWriter(holding, true));
        Path river = content.resolve("en/river.md");
        Files.writeString(river, Files.readString(river).replace("date: 2014-06-17", "date: 2014-07-17"));
        assertTrue(reporting.await(30, TimeUnit.SECONDS), "no rebuild: " + log);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            letThrough.countDown();
        });
        release.start();
        preview.close();
        assertFalse(preview.watching(), "close returned with the build still under way");
        assertTrue(log.toString().contains("rebuilt "), "the build under way was finished: " + log);
        release.join();
    }

    private static List<String> dataLines(String event) {
        return event.lines().filter(line -> line.startsWith("data: ")).map(line -> line.substring(6)).toList();
    }

    @Test
    void anEditedStyleSheetIsShownFirstAndEveryPageReloadsOnce() throws Exception {
        Path templates = Trees.copy(Path.of("templates"), dir.resolve("templates"));
        start(content(), templates);
        try (EventStream events = new EventStream(preview.uri().getPort())) {
            events.next();
            Path css = templates.resolve("assets/style.css");
            Files.writeString(css, Files.readString(css) + "\n.edited-5c2e { color: red }\n");
            List<String> shown = dataLines(events.next());
            assertEquals(List.of("*"), shown.subList(2, shown.size()), "any page may use the style sheet");
            assertTrue(get("assets/style.css").body().contains("edited-5c2e"));
            List<String> built = dataLines(events.next());
            assertEquals(shown.get(0), built.get(1), built.toString());
            assertEquals(2, built.size(), "the build changed nothing else, and the style sheet as shown: " + built);
        }
        assertTrue(Files.readString(dir.resolve("preview/assets/style.css")).contains("edited-5c2e"));
        assertTrue(log.toString().contains("showed assets/style.css after "), log.toString());
        // the rebuild's line follows its event
        for (int wait = 0; wait < 100 && !log.toString().contains("rebuilt "); wait++) {
            Thread.sleep(50);
        }
        assertTrue(log.toString().contains("rebuilt 6 articles: rendered 0 of "), "no page rendered again: " + log);
    }
}
