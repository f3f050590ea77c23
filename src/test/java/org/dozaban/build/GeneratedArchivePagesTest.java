package org.dozaban.build;

import org.dozaban.bench.CorpusGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated archive of 2,000 articles, made at test time: every HTML page stays under 100 KB and 1,500
 * elements, since home, archive and topic pages list a page of articles each and pagers show a window.
 */
class GeneratedArchivePagesTest {

    static final int ARTICLES = 2_000;
    static final long MAX_BYTES = 100 * 1024;
    static final int MAX_ELEMENTS = 1_500;

    @TempDir
    Path dir;

    @Test
    void everyPageOfALargeArchiveStaysSmall() throws Exception {
        Path out = dir.resolve("site");
        GeneratedArchives.build(GeneratedArchives.content(dir, 1, ARTICLES), ARTICLES, out, 2);

        List<String> tooBig = new ArrayList<>();
        int pages = 0;
        int largestElements = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages++;
                long bytes = Files.size(file);
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                int elements = doc.getAllElements().size();
                largestElements = Math.max(largestElements, elements);
                if (bytes > MAX_BYTES || elements > MAX_ELEMENTS) {
                    tooBig.add(out.relativize(file) + ": " + bytes + " bytes, " + elements + " elements");
                }
            }
        }
        assertTrue(pages > ARTICLES + 100, "archive, topic and home pages too: " + pages);
        assertTrue(tooBig.isEmpty(), tooBig.size() + " pages too big, e.g. " + tooBig.subList(0, Math.min(5, tooBig.size())));
        assertTrue(largestElements > 100, "the check counts elements: " + largestElements);
        Document home = Jsoup.parse(out.resolve("fa/index.html").toFile(), "UTF-8");
        assertEquals(CorpusGenerator.PAGE_SIZE, home.select("[aria-labelledby=latest] .entry").size());
        assertTrue(home.select(".pager a").size() <= 9, "the home pager shows a window");
    }
}
