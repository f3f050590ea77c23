package org.dozaban.fuzz;

import org.dozaban.testing.Trees;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes in an article file, loaded with a valid site around it: the load succeeds or fails with
 * problems placed inside the file; nothing else escapes.
 */
class FrontMatterProperties {

    private static final Path BASE = Path.of("src/test/resources/corpus/_base/content");

    @Property(tries = 150)
    void everyProblemIsPlacedInsideTheFile(@ForAll("articles") byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("dozaban-fm");
        try {
            Trees.copy(BASE, dir);
            Path file = dir.resolve("en/x.md");
            Files.write(file, bytes);
            try {
                ContentLoader.load(dir);
            } catch (ContentException e) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                for (Problem p : e.problems()) {
                    assertPlaced(p, file, text);
                }
            }
        } finally {
            delete(dir);
        }
    }

    static void assertPlaced(Problem p, Path file, String text) {
        if (!p.file().equals(file)) {
            return;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        assertTrue(p.line() >= 0 && p.line() <= lines.length, "line out of the file: " + p.format());
        if (p.line() > 0 && p.column() > 0) {
            String line = lines[p.line() - 1];
            assertTrue(p.column() <= line.codePointCount(0, line.length()) + 1, "column out of the line: " + p.format());
        }
    }

    @Provide
    Arbitrary<byte[]> articles() {
        Arbitrary<String> value = Combinators.combine(Mutations.word(), Mutations.word(),
                Arbitraries.of("", ":", "\"", "'", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "%", "@", "`", "- "))
                .as((a, b, p) -> a + p + b);
        Arbitrary<String> fm = Combinators.combine(value, value, Arbitraries.of("2014-06-17", "2014-13-40", "x", ""),
                        Arbitraries.of("[iran]", "[nope]", "iran", "[]"), Mutations.word().list().ofMaxSize(30))
                .as((title, author, date, topics, words) -> "---\ntitle: " + title + "\nauthor: " + author
                        + "\ndate: " + date + "\ntopics: " + topics + "\n---\n" + String.join(" ", words) + "\n");
        return Mutations.mutated(fm);
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
