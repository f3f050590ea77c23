package org.dozaban.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Problem;
import org.dozaban.content.TopicsFile;
import org.dozaban.ingest.ImportedArticle;
import org.dozaban.ingest.Importer;
import org.dozaban.ingest.MarkdownWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any seed through the importer: it either gives an article whose file has no error, or fails with
 * problems placed inside the seed; nothing else escapes.
 */
class ImporterProperties {

    private static final Path CONTENT = Path.of("src/test/resources/corpus/_base/content");

    @Property(tries = 100)
    void seedsGiveValidArticlesOrPlacedErrors(@ForAll("seeds") byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("dozaban-seed");
        try {
            Path seed = dir.resolve("seed.txt");
            Files.write(seed, bytes);
            Importer importer = new Importer(CONTENT, TopicsFile.load(CONTENT.resolve("topics.yaml")));
            try {
                ImportedArticle article = importer.convert(seed);
                Path file = dir.resolve(article.lang()).resolve(article.slug() + ".md");
                List<Problem> problems = ContentLoader.checkArticle(file, article.lang(), MarkdownWriter.write(article));
                assertTrue(problems.stream().noneMatch(Problem::isError), () -> "the imported article fails: " + problems);
            } catch (ContentException e) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                e.problems().forEach(p -> FrontMatterProperties.assertPlaced(p, seed, text));
            }
        } finally {
            FrontMatterProperties.delete(dir);
        }
    }

    @Provide
    Arbitrary<byte[]> seeds() {
        Arbitrary<String> paragraph = Mutations.word().list().ofMinSize(1).ofMaxSize(40).map(w -> String.join(" ", w));
        Arbitrary<String> seed = Combinators.combine(paragraph, Mutations.word(), paragraph.list().ofMaxSize(6),
                        Arbitraries.of("17 June 2014", "۲۷ خرداد ۱۳۹۳", "", "June 1066"))
                .as((title, author, body, date) -> title + "\n\nBy " + author + "\n\n" + date + "\n\n"
                        + String.join("\n\n", body) + "\n");
        return Mutations.mutated(seed);
    }

}
