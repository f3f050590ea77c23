package org.dozaban.ingest;

import org.dozaban.build.Builder;
import org.dozaban.content.Article;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.dozaban.text.PersianText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Imports the real Persian articles of the project's shared corpus (header block, blank line, text)
 * into a scratch content folder, then loads that folder like a site. The corpus lives beside the
 * checkout and is never copied into it; without it the test is skipped.
 */
class PersianCorpusTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "fa");

    @TempDir
    Path scratch;

    @Test
    void everyCorpusArticleImportsAsPersianWithItsTitle() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "no Persian corpus at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        Path content = scratch.resolve("content");
        Files.createDirectories(content);
        Files.copy(Path.of("content", "site.yaml"), content.resolve("site.yaml"));
        Files.copy(TestTopics.FILE, content.resolve("topics.yaml"));

        List<ImportResult> results = new Importer(content, TestTopics.load()).importPaths(files, false);

        assertEquals(files.size(), results.size());
        for (int i = 0; i < files.size(); i++) {
            ImportResult result = results.get(i);
            Path source = files.get(i);
            assertEquals(ImportResult.Status.CREATED, result.status(), source + ": " + result.message());
            assertEquals(content.resolve("fa"), result.output().getParent(), source.toString());
            String written = Files.readString(result.output(), StandardCharsets.UTF_8);
            String title = header(source, "title").orElseThrow();
            assertTrue(written.contains("title: " + PersianText.unifyLetters(title) + "\n")
                            || written.contains("title: \"" + PersianText.unifyLetters(title) + "\"\n"),
                    source + " keeps its title:\n" + written.lines().limit(4).toList());
            assertFalse(written.matches("(?s).*[\u064A\u0643\u0649].*"),
                    source + ": Arabic yeh or kaf left in Persian text");
            assertTrue(written.lines().filter(l -> !l.isBlank()).count() > 8, source + " has its body");
        }

        Site site = ContentLoader.load(content);
        assertEquals(files.size(), site.articles("fa").size(), "the imported folder loads as a site");
        assertTrue(site.articles("fa").stream().allMatch(a -> !a.topics().isEmpty()), "each gets topics");

        Path out = scratch.resolve("site");
        Builder.build(new Builder.Options(content, Path.of("templates"), out));
        for (Article article : site.articles("fa")) {
            assertTrue(Files.exists(out.resolve(article.urlPath()).resolve("index.html")), article.urlPath());
            for (String topic : article.topics()) {
                String page = Files.readString(out.resolve("fa/topics/" + topic + "/index.html"));
                assertTrue(page.contains(article.urlPath().substring("fa/".length())),
                        "topic " + topic + " lists " + article.urlPath());
            }
        }
    }

    private static Optional<String> header(Path file, String key) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .takeWhile(line -> !line.isBlank())
                .filter(line -> line.startsWith(key + ": "))
                .map(line -> line.substring(key.length() + 2).strip())
                .findFirst();
    }
}
