package org.dozaban.ingest;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden cases under {@code src/test/resources/ingest/<case>/}: one input file, and either
 * {@code expected.md} (the content file the import must write) or {@code expected-error.txt} (the error
 * it must report, with the case folder as the file's folder). The written file's {@code importHash} line is
 * checked against its bytes, then left out of the comparison. A case holding {@code same-body-as} names
 * another case whose article body it must reproduce paragraph for paragraph.
 *
 * <p>A case holding an empty {@code check-set} file belongs to the check set: the rules are never tuned
 * against it, and {@link CheckSetScore} reports how the importer does on it. Cases named in
 * {@code not-yet-passing.txt} (one folder name a line) are scored but not asserted; every expected file is
 * written by hand from its input and is never rewritten from the importer's output.
 */
class GoldenTest {

    static final Path ROOT = Path.of("src", "test", "resources", "ingest");
    static final Set<String> NOT_INPUT = Set.of("expected.md", "expected-error.txt", "same-body-as", "check-set",
            "LICENSE.txt");
    static final Path NOT_YET_PASSING = ROOT.resolve("not-yet-passing.txt");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> importsEachCaseAsExpected() throws IOException {
        Set<String> pending = notYetPassing();
        return cases().filter(dir -> !pending.contains(dir.getFileName().toString()))
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    @TestFactory
    Stream<DynamicTest> reformattedArticlesKeepTheirParagraphs() throws IOException {
        return cases().filter(dir -> Files.exists(dir.resolve("same-body-as")))
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    Path other = ROOT.resolve(Files.readString(dir.resolve("same-body-as")).strip());
                    Importer importer = new Importer(temp, TestTopics.load());
                    List<String> expected = importer.convert(input(other)).paragraphs();
                    List<String> actual = importer.convert(input(dir)).paragraphs();
                    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                        assertEquals(expected.get(i), actual.get(i), "paragraph " + (i + 1));
                    }
                    assertEquals(expected.size(), actual.size(), "number of paragraphs");
                }));
    }

    @TestFactory
    Stream<DynamicTest> explainingACaseGivesTheSameReportTwice() throws IOException {
        return cases().filter(dir -> Files.exists(dir.resolve("expected.md")))
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    Importer importer = new Importer(temp, TestTopics.load());
                    Importer.Converted one = importer.explain(input(dir));
                    Importer.Converted two = importer.explain(input(dir));
                    String report = ExplainReport.format(input(dir), one.extraction(), one.article());
                    assertEquals(report, ExplainReport.format(input(dir), two.extraction(), two.article()));
                    assertTrue(one.extraction().blocks().stream().anyMatch(b -> b.evidence().role() == Role.BODY
                            || b.evidence().role() == Role.HEADING), "some block is the article's text");
                }));
    }

    /** Front matter keys in the order the importer writes them. */
    private static final List<String> KEY_ORDER = List.of("title", "author", "date", "topics", "sourceUrl",
            "publisher", "via", "slug", "translationKey", "seed");

    @TestFactory
    Stream<DynamicTest> expectedFilesHaveValidFrontMatter() throws IOException {
        Set<String> topicKeys = TestTopics.load().stream().map(org.dozaban.content.Topic::key)
                .collect(java.util.stream.Collectors.toSet());
        return cases().filter(dir -> Files.exists(dir.resolve("expected.md")))
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                    String text = Files.readString(dir.resolve("expected.md"), StandardCharsets.UTF_8);
                    String yaml = text.substring("---\n".length(), text.indexOf("\n---\n\n"));
                    Map<?, ?> front = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
                    List<String> keys = front.keySet().stream().map(Object::toString).toList();
                    assertEquals(KEY_ORDER.stream().filter(keys::contains).toList(), keys, "keys and their order");
                    List<?> topics = (List<?>) front.get("topics");
                    if (topics != null) {
                        assertTrue(topicKeys.containsAll(topics), "known topics: " + topics);
                    }
                    if (dir.getFileName().toString().startsWith("seed-")) {
                        assertTrue(topics != null && topics.size() >= 3 && topics.size() <= 7, "3 to 7 topics");
                    }
                    assertTrue(text.endsWith("\n") && !text.endsWith("\n\n") && !text.contains("\n\n\n"),
                            "paragraphs separated by exactly one blank line");
                }));
    }

    /** Case folders whose expected output the importer does not produce yet. */
    static Set<String> notYetPassing() throws IOException {
        if (!Files.exists(NOT_YET_PASSING)) {
            return Set.of();
        }
        return Files.readAllLines(NOT_YET_PASSING, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the case belongs to the check set. */
    static boolean inCheckSet(Path dir) {
        return Files.exists(dir.resolve("check-set"));
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> list = Files.list(ROOT)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    static Path input(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> inputs = list.filter(p -> !NOT_INPUT.contains(p.getFileName().toString())).toList();
            if (inputs.size() != 1) {
                throw new IllegalStateException(dir + " needs exactly one input file, has " + inputs);
            }
            return inputs.get(0);
        }
    }

    private void check(Path dir) throws IOException {
        Path work = temp.resolve(dir.getFileName().toString());
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        Path seed = Files.copy(input(dir), seeds.resolve(input(dir).getFileName()));
        ImportResult result = new Importer(work.resolve("content"), TestTopics.load())
                .importPaths(List.of(seed), false).get(0);
        Path expectedError = dir.resolve("expected-error.txt");
        if (Files.exists(expectedError)) {
            String actual = result.message().replace(seeds.toString(), dir.toString()) + "\n";
            compare(expectedError, actual);
            assertEquals(ImportResult.Status.ERROR, result.status());
            return;
        }
        assertEquals(ImportResult.Status.CREATED, result.status(), result.message());
        String written = Files.readString(result.output(), StandardCharsets.UTF_8);
        assertEquals(java.util.Optional.of(true), ImportRecord.unchanged(written), "the file records what was written");
        compare(dir.resolve("expected.md"), ImportRecord.withoutStamp(written));
    }

    private static void compare(Path expectedFile, String actual) throws IOException {
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, expectedFile.toString());
    }
}
