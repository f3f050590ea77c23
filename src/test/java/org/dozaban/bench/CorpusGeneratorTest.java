package org.dozaban.bench;

import org.dozaban.content.Article;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOtherOnes() throws IOException {
        new CorpusGenerator(7).writeContent(dir.resolve("a"), 12);
        new CorpusGenerator(7).writeContent(dir.resolve("b"), 12);
        new CorpusGenerator(8).writeContent(dir.resolve("c"), 12);

        assertEquals(files(dir.resolve("a")), files(dir.resolve("b")));
        assertNotEquals(files(dir.resolve("a")), files(dir.resolve("c")));
    }

    @Test
    void articlesComeInTranslationPairsOfTheDescribedShape() {
        CorpusGenerator generator = new CorpusGenerator(3);
        Set<String> topicKeys = CorpusTopics.ALL.stream().map(CorpusTopics.Topic::key).collect(Collectors.toSet());
        for (int pair = 0; pair < 30; pair++) {
            GeneratedArticle english = generator.article(2 * pair);
            GeneratedArticle persian = generator.article(2 * pair + 1);
            assertEquals("en", english.lang());
            assertEquals("fa", persian.lang());
            assertEquals(english.translationKey(), persian.translationKey());
            assertEquals(english.date(), persian.date());
            assertEquals(english.topics(), persian.topics());
            assertTrue(english.translator() == null && persian.translator() != null);
            assertTrue(english.topics().size() >= 3 && english.topics().size() <= 7, english.topics().toString());
            assertEquals(english.topics().size(), new HashSet<>(english.topics()).size());
            assertTrue(topicKeys.containsAll(english.topics()));
            assertTrue(!english.date().isBefore(CorpusGenerator.FIRST_DAY)
                    && !english.date().isAfter(CorpusGenerator.LAST_DAY));
            for (GeneratedArticle article : List.of(english, persian)) {
                int bytes = article.body().getBytes(StandardCharsets.UTF_8).length;
                assertTrue(bytes >= 9_000 && bytes < 13_000, article.slug() + ": " + bytes + " bytes");
                assertTrue(article.body().contains("\n## "), article.slug() + " has no heading");
            }
        }
    }

    @Test
    void bodiesHaveListsQuotesLinksAndPhrasesInTheOtherScript() {
        CorpusGenerator generator = new CorpusGenerator(5);
        List<GeneratedArticle> articles = IntStream.range(0, 20).mapToObj(generator::article).toList();
        for (String lang : List.of("en", "fa")) {
            String bodies = articles.stream().filter(a -> a.lang().equals(lang)).map(GeneratedArticle::body)
                    .collect(Collectors.joining());
            assertTrue(bodies.contains("\n- "), lang + ": bulleted list");
            assertTrue(bodies.contains("\n1. "), lang + ": numbered list");
            assertTrue(bodies.contains("\n> "), lang + ": block quote");
            assertTrue(bodies.contains("](https://"), lang + ": link");
            assertTrue(bodies.contains("*"), lang + ": emphasis");
        }
        String english = articles.get(0).body() + articles.get(2).body();
        String persian = articles.get(1).body() + articles.get(3).body();
        assertTrue(english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                "English bodies quote Persian phrases");
        assertTrue(persian.replaceAll("\\(https://[^)]*\\)", "").codePoints().anyMatch(c -> c >= 'A' && c <= 'Z'),
                "Persian bodies name English sources");
    }

    @Test
    void theWrittenContentFolderLoadsWithoutErrors() throws Exception {
        Path content = dir.resolve("content");
        new CorpusGenerator(11).writeContent(content, 41);

        Site site = ContentLoader.load(content);

        assertEquals(40, site.topics().size());
        assertEquals(41, site.articles().size());
        Map<String, Long> perLanguage = site.articles().stream()
                .collect(Collectors.groupingBy(Article::lang, Collectors.counting()));
        assertEquals(Map.of("en", 21L, "fa", 20L), perLanguage);
        assertEquals(21, site.articles().stream().map(Article::translationKey).distinct().count());
    }

    private static Map<String, String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toMap(f -> root.relativize(f).toString(),
                    f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
        }
    }
}
