package org.dozaban.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's HTTP side: content types, methods, folders, the 404 page, slow clients, events. */
class PreviewServerTest {

    private static final String BASE_URL = "https://example.org/archive/";

    @TempDir
    Path root;

    private final LiveReload live = new LiveReload();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(root.resolve("en/topics"));
        Files.writeString(root.resolve("index.html"), "<!DOCTYPE html><html><body><p>home</p></body></html>\n");
        Files.writeString(root.resolve("en/topics/index.html"), "<!DOCTYPE html><html><body>topics</body></html>\n");
        Files.writeString(root.resolve("404.html"), "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\""
                + BASE_URL + "assets/style.css\"></head><body><a href=\"" + BASE_URL + "en/\">home</a></body></html>\n");
        live.built(BASE_URL, List.of(LiveReload.EVERYTHING));
        server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), root, live);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private HttpResponse<byte[]> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesEachKindOfFileWithItsContentType() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("page.html", "text/html; charset=utf-8"),
                Map.entry("style.css", "text/css; charset=utf-8"),
                Map.entry("app.js", "text/javascript; charset=utf-8"),
                Map.entry("data.json", "application/json"),
                Map.entry("feed.xml", "application/xml; charset=utf-8"),
                Map.entry("robots.txt", "text/plain; charset=utf-8"),
                Map.entry("logo.svg", "image/svg+xml"),
                Map.entry("a.png", "image/png"),
                Map.entry("b.jpg", "image/jpeg"),
                Map.entry("B.JPEG", "image/jpeg"),
                Map.entry("c.webp", "image/webp"),
                Map.entry("d.avif", "image/avif"),
                Map.entry("e.gif", "image/gif"),
                Map.entry("font.woff2", "font/woff2"),
                Map.entry("unknown.bin", "application/octet-stream"));
        for (String name : expected.keySet()) {
            Files.write(root.resolve(name), new byte[] {1, 2, 3});
        }
        for (Map.Entry<String, String> file : expected.entrySet()) {
            HttpResponse<byte[]> response = send("GET", "/" + file.getKey());
            assertEquals(200, response.statusCode(), file.getKey());
            assertEquals(file.getValue(), response.headers().firstValue("Content-Type").orElse(""), file.getKey());
        }
        assertArrayEquals(new byte[] {1, 2, 3}, send("GET", "/b.jpg").body(), "other files are served as they are");
    }

    @Test
    void answersOtherMethodsThanGetAndHeadWith405() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH")) {
            HttpResponse<byte[]> response = send(method, "/");
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""), method);
            assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("home"), method);
        }
        assertTrue(Files.exists(root.resolve("index.html")), "DELETE deleted nothing");
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<byte[]> get = send("GET", "/");
        HttpResponse<byte[]> head = send("HEAD", "/");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(get.body().length), head.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void pagesGetTheReloadScriptButTheFilesStayAsBuilt() throws Exception {
        String page = new String(send("GET", "/").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<script data-build=\"" + live.buildId() + "\" data-file=\"index.html\">"), page);
        assertTrue(page.indexOf("<script") < page.indexOf("</body>"), "inside the body: " + page);
        assertTrue(page.contains("new EventSource(\"/_dozaban/events\")"), page);
        assertFalse(Files.readString(root.resolve("index.html")).contains("<script"));
        String css = "body{}";
        Files.writeString(root.resolve("style.css"), css);
        assertEquals(css, new String(send("GET", "/style.css").body(), StandardCharsets.UTF_8));
    }

    @Test
    void aFolderIsServedByItsIndexAndRedirectedToItsSlashFirst() throws Exception {
        HttpResponse<byte[]> redirect = send("GET", "/en/topics");
        assertEquals(301, redirect.statusCode());
        assertEquals("/en/topics/", redirect.headers().firstValue("Location").orElse(""));
        HttpResponse<byte[]> index = send("GET", "/en/topics/");
        assertEquals(200, index.statusCode());
        assertTrue(new String(index.body(), StandardCharsets.UTF_8).contains("topics"));
    }

    @Test
    void aMissingPageIsTheSites404WithLinksToThisServer() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/en/2014/06/nothing-here/");
        assertEquals(404, response.statusCode());
        String page = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"/assets/style.css\""), page);
        assertTrue(page.contains("href=\"/en/\""), page);
        assertFalse(page.contains(BASE_URL), page);
        assertTrue(page.contains("data-build="), "a 404 page reloads too: " + page);
        assertTrue(Files.readString(root.resolve("404.html")).contains(BASE_URL), "the built file is left alone");
    }

    @Test
    void pathsOutsideTheFolderAreNotServed() throws Exception {
        Files.writeString(root.getParent().resolve("secret.txt"), "secret");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
            assertFalse(answer.contains("secret"), answer);
        } finally {
            Files.delete(root.getParent().resolve("secret.txt"));
        }
    }

    /** Clients that open a connection and send half a request must not hold up the next reader. */
    @Test
    void stuckClientsDoNotBlockOthers() throws Exception {
        List<Socket> stuck = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stuck.add(socket);
            }
            HttpRequest request = HttpRequest.newBuilder(uri("/en/topics/")).timeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
        } finally {
            for (Socket socket : stuck) {
                socket.close();
            }
        }
    }

    @Test
    void pagesHearOfEachBuildAndOfErrors() throws Exception {
        try (EventStream events = new EventStream(server.address().getPort())) {
            String first = live.buildId();
            assertEquals("event: built\ndata: " + first + "\ndata: none\ndata: *\n", events.next(),
                    "the current state on connecting: the last build's event");
            live.broken(List.of("content/en/a.md:2:1: error: unknown key \"<b>x</b>\"\n  hint: remove it"));
            assertEquals("event: broken\ndata: content/en/a.md:2:1: error: unknown key \"<b>x</b>\"\ndata:   hint: remove it\n",
                    events.next());
            live.built(BASE_URL, List.of("en/a/index.html", "en/feed.xml", "fa/ب/index.html", "search/terms/61.js",
                    "robots.txt", "search/index.js"));
            String second = events.next();
            assertEquals("event: built\ndata: " + live.buildId() + "\ndata: " + first
                    + "\ndata: en/a/index.html\ndata: fa/ب/index.html\ndata: search/\n", second,
                    "the ids of the build and the one before, the pages, and the search index as one, without the other data");
            assertFalse(live.buildId().equals(first), "a new build has a new id");
            String third = live.buildId();
            live.built(BASE_URL, List.of("en/a/index.html", "assets/style.css"));
            assertEquals("event: built\ndata: " + live.buildId() + "\ndata: " + third + "\ndata: *\n", events.next(),
                    "a changed asset may show in any page");
            String fourth = live.buildId();
            live.built(BASE_URL, IntStream.range(0, LiveReload.MOST_FILES + 1).mapToObj(i -> "p" + i + ".html").toList());
            assertEquals("event: built\ndata: " + live.buildId() + "\ndata: " + fourth + "\ndata: *\n", events.next(),
                    "too many pages to list");
            String fifth = live.buildId();
            live.built(BASE_URL, List.of());
            assertEquals("event: built\ndata: " + live.buildId() + "\ndata: " + fifth + "\n", events.next(),
                    "a build that changed no file");
        }
    }

    @Test
    void aPageShownAheadOfItsBuildIsServedUntilTheFilesAreShownAgain() throws Exception {
        Files.createDirectories(root.resolve("en/a"));
        Files.writeString(root.resolve("en/a/index.html"), "<html><body><p>old</p></body></html>");
        server.show("en/a/index.html", "<html><body><p>new</p></body></html>".getBytes(StandardCharsets.UTF_8));
        String shown = new String(send("GET", "/en/a/").body(), StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("<html><body><p>new</p><script data-build=\"" + live.buildId()
                + "\" data-file=\"en/a/index.html\">"), shown);
        server.showFiles();
        assertTrue(new String(send("GET", "/en/a/").body(), StandardCharsets.UTF_8).startsWith("<html><body><p>old</p>"));
    }
}
