package org.dozaban.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {

    private static final Markdown MARKDOWN = new Markdown();

    private static List<String> headingIds(String markdown) {
        return Jsoup.parseBodyFragment(MARKDOWN.toHtml(markdown)).select("h1, h2, h3").eachAttr("id");
    }

    @Test
    void persianHeadingsGetUniqueAsciiIds() {
        List<String> ids = headingIds("## گزارش\n\n## گزارش\n\n## «»\n\n## «»\n\n## ایران و عراق\n");
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.matches("[a-z0-9][a-z0-9-]*")), ids.toString());
    }

    @Test
    void explicitIdIsKeptAndNotTakenByAGeneratedOne() {
        assertEquals(List.of("intro-2", "intro"), headingIds("## Intro\n\n## Other {#intro}\n"));
    }

    @Test
    void idsStartAfreshForEachDocument() {
        assertEquals(headingIds("# Iraq\n"), headingIds("# Iraq\n"));
    }

    @Test
    void quotesAndDashesStayAsWritten() {
        Element p = Jsoup.parseBodyFragment(MARKDOWN.toHtml("\"Yes\" -- 'no' ... «آری»")).selectFirst("p");
        assertEquals("\"Yes\" -- 'no' ... «آری»", p.text());
    }

    @Test
    void rawHtmlReachesTheSanitizer() {
        assertTrue(MARKDOWN.toHtml("<abbr title=\"x\">IBM</abbr>\n").contains("<abbr title=\"x\">IBM</abbr>"));
    }

    @Test
    void sharedInstanceRendersTheSameOnManyThreads() throws Exception {
        String doc = "# Title\n\n## عنوان\n\nText[^1] http://example.org\n\n| a |\n|---|\n| b |\n\n[^1]: Note.\n";
        String expected = MARKDOWN.toHtml(doc);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> MARKDOWN.toHtml(doc)));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
