package org.dozaban.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflinePagesTest {

    @TempDir
    Path root;

    @TempDir
    Path scratch;

    @Test
    void findsTheBaseUrlFromTheCanonicalLink() {
        String index = "<link rel=\"canonical\" href=\"https://example.org/sub/fa/\">";
        String page = "<link rel=\"canonical\" href=\"https://example.org/sub/404.html\">";

        assertEquals(Optional.of("https://example.org/sub/"), OfflinePages.baseUrl(index, "fa/index.html"));
        assertEquals(Optional.of("https://example.org/sub/"), OfflinePages.baseUrl(page, "404.html"));
        assertEquals(Optional.empty(), OfflinePages.baseUrl(page, "fa/index.html"));
        assertEquals(Optional.empty(), OfflinePages.baseUrl("<p>no canonical</p>", "404.html"));
    }

    @Test
    void onlyFilesTheBrowserFetchesCount() {
        String base = "https://example.org/";

        assertTrue(OfflinePages.fetchesFrom("<link rel=\"stylesheet\" href=\"https://example.org/a.css\">", base));
        assertTrue(OfflinePages.fetchesFrom("<img src=\"https://example.org/a.png\" alt=\"\">", base));
        assertFalse(OfflinePages.fetchesFrom("<link rel=\"canonical\" href=\"https://example.org/fa/\">"
                + "<a href=\"https://example.org/en/\">en</a><link rel=\"stylesheet\" href=\"../a.css\">", base));
    }

    @Test
    void loadsRelativelyLinkedPagesAsTheyAre() throws IOException {
        BuiltSite site = site("fa/index.html", "<html><head><link rel=\"canonical\" href=\"https://example.org/fa/\">"
                + "<link rel=\"stylesheet\" href=\"../assets/style.css\"></head></html>");

        assertEquals(site.url("fa/index.html"), new OfflinePages(scratch).url(site, "fa/index.html"));
    }

    @Test
    void pointsAbsoluteLinksToTheSiteAtACopy() throws IOException {
        BuiltSite site = site("404.html", "<html><head><link rel=\"canonical\" href=\"https://example.org/404.html\">"
                + "<link rel=\"stylesheet\" href=\"https://example.org/assets/style.css\"></head>"
                + "<body><a href=\"fa/\">x</a></body></html>");

        String url = new OfflinePages(scratch).url(site, "404.html");

        Path copy = Path.of(URI.create(url));
        assertTrue(copy.startsWith(scratch), url);
        String html = Files.readString(copy);
        String rootUrl = root.toAbsolutePath().toUri().toString();
        assertTrue(html.contains("<head><base href=\"" + rootUrl + "\">"), html);
        assertTrue(html.contains("href=\"" + rootUrl + "assets/style.css\""), html);
        assertTrue(html.contains("href=\"" + rootUrl + "404.html\""), html);
        assertTrue(html.contains("<a href=\"fa/\">"), html);
    }

    private BuiltSite site(String page, String html) throws IOException {
        Path file = root.resolve(page);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
        return new BuiltSite("t", root);
    }
}
