package org.dozaban.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewPagesTest {

    @TempDir
    Path root;

    @Test
    void followsTheFirstArticleAndTopicLinksOfEachHomePage() throws IOException {
        page("fa/index.html", """
                <a href="../en/">English</a> <a href="#main">skip</a>
                <a href="https://example.org/fa/2014/06/x/">elsewhere</a>
                <a href="../en/2014/06/war/">other language</a>
                <a href="2014/06/war/">first</a> <a href="undated/later/">second</a>
                """);
        page("fa/2014/06/war/index.html", "");
        page("fa/undated/later/index.html", "");
        page("fa/topics/index.html", "<a href=\"iraq/\">عراق</a>");
        page("fa/topics/iraq/index.html", "");
        page("en/index.html", "<a href=\"undated/war/index.html\">war</a> <a href=\"topics/iran/\">Iran</a>");
        page("en/undated/war/index.html", "");
        page("en/2014/06/war/index.html", "");
        page("en/topics/iran/index.html", "");

        Map<String, String> picked = ReviewPages.pick(new BuiltSite("t", root));

        assertEquals(Map.of(
                "fa-home", "fa/index.html",
                "fa-article", "fa/2014/06/war/index.html",
                "fa-topic", "fa/topics/iraq/index.html",
                "en-home", "en/index.html",
                "en-article", "en/undated/war/index.html",
                "en-topic", "en/topics/iran/index.html"), picked);
    }

    @Test
    void leavesOutWhatTheSiteLacks() throws IOException {
        page("en/index.html", "<a href=\"2014/06/missing/\">gone</a>");

        assertEquals(Map.of("en-home", "en/index.html"), ReviewPages.pick(new BuiltSite("t", root)));
    }

    private void page(String path, String body) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html><body>" + body + "</body></html>");
    }
}
