package org.dozaban.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The address ledger as the build writes it is read without a YAML parser, to the same result. */
class UrlLedgerFileTest {

    @TempDir
    Path dir;

    private static final String[] PIECES = {"en", "fa", "2014", "06", "a-slug", "شهر", "می‌خواهم", "x\"y", "back\\slash",
            "sp ace", "index.html", "emoji-😀", "pages", "dot.md"};

    private static final String[] PATH_PIECES = {"en", "fa", "2014", "06", "a-slug", "شهر", "می‌خواهم", "index.html",
            "emoji-😀", "pages", "dot.md", "x\"y"};

    private static UrlLedger randomLedger(Random random) {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        int entries = random.nextInt(30);
        for (int i = 0; i < entries; i++) {
            String identity = piece(random) + ":" + piece(random) + "-" + i;
            List<String> list = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int j = 0; j < count; j++) {
                // now and then a piece the YAML reading refuses in a path
                java.util.function.Supplier<String> part = () -> random.nextInt(40) == 0 ? piece(random)
                        : PATH_PIECES[random.nextInt(PATH_PIECES.length)];
                list.add(part.get() + "/" + part.get() + "/" + part.get() + (random.nextBoolean() ? "/" : ""));
            }
            paths.put(identity, list);
        }
        return new UrlLedger(paths);
    }

    private static String piece(Random random) {
        return PIECES[random.nextInt(PIECES.length)];
    }

    @Test
    void aWrittenLedgerReadsAsTheYamlReadingReadsIt() throws Exception {
        int canonical = 0;
        for (long seed = 1; seed <= 200; seed++) {
            UrlLedger ledger = randomLedger(new Random(seed));
            Path file = dir.resolve("urls-" + seed + ".yaml");
            Files.writeString(file, UrlLedgerFile.text(ledger), StandardCharsets.UTF_8);
            Problems problems = new Problems();
            UrlLedgerFile.Read yaml = UrlLedgerFile.readYaml(file, problems);
            Optional<UrlLedgerFile.Read> fast = UrlLedgerFile.readCanonical(Files.readAllBytes(file));
            if (problems.count() == 0) {
                assertTrue(fast.isPresent(),
                        "seed " + seed + ": a written ledger without problems is read line by line");
                assertSameReading(yaml, fast.get(), "seed " + seed);
                canonical++;
            } else {
                // a path the YAML reading refuses (a space, a colon) is left to it, to be reported
                assertTrue(fast.isEmpty(), "seed " + seed + ": " + problems.all());
            }
        }
        assertTrue(canonical > 20, "enough ledgers without problems: " + canonical);
    }

    @Test
    void aLedgerEditedByHandIsReadAsYaml() throws Exception {
        UrlLedger ledger = new UrlLedger(Map.of("en:a", List.of("en/2014/06/a/"), "fa:b", List.of("fa/1393/03/b/", "fa/old/")));
        String text = UrlLedgerFile.text(ledger);
        assertTrue(UrlLedgerFile.readCanonical(text.getBytes(StandardCharsets.UTF_8)).isPresent());
        List<String> edits = List.of(
                text + "# a comment\n",
                text.replace("\n", "\r\n"),
                text.replace("  - \"fa/old/\"", "  -  \"fa/old/\""),
                text.replace("\"en:a\":\n  - \"en/2014/06/a/\"", "\"en:a\": [\"en/2014/06/a/\"]"),
                text.replace("\"fa:b\":", "fa:b:"),
                text + "\"en:a\":\n  - \"en/2015/06/a/\"\n",
                text.replace("fa/old/", "fa/new/\"\n  - \"fa/new/"),
                text.substring(0, text.length() - 1),
                // not in the order written: identities sorted, no empty rows
                text.replace("\"en:a\":\n  - \"en/2014/06/a/\"\n", "") + "\"en:a\":\n  - \"en/2014/06/a/\"\n",
                text.replace("\"fa:b\":", "\n\"fa:b\":"),
                text.replace("\"en:a\":", "\"en:\\a\":"));
        for (String edit : edits) {
            Path file = dir.resolve("urls.yaml");
            Files.writeString(file, edit, StandardCharsets.UTF_8);
            assertTrue(UrlLedgerFile.readCanonical(edit.getBytes(StandardCharsets.UTF_8)).isEmpty(), edit);
            Problems problems = new Problems();
            assertEquals(UrlLedgerFile.readYaml(file, problems), UrlLedgerFile.read(file, new Problems()), edit);
        }
    }

    @Test
    void aLedgerOfALargeArchiveIsRead() throws Exception {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (int i = 0; i < 30_000; i++) {
            paths.put("en:a-long-translation-key-of-an-article-" + i,
                    List.of("en/2014/06/a-long-slug-of-an-article-about-something-" + i + "/"));
        }
        UrlLedger ledger = new UrlLedger(paths);
        String text = UrlLedgerFile.text(ledger);
        assertTrue(text.length() > Yaml.MAX_LENGTH, "longer than other YAML files may be: " + text.length());
        Path file = dir.resolve("urls.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        UrlLedgerFile.Read yaml = UrlLedgerFile.readYaml(file, problems);
        assertEquals(List.of(), problems.all());
        assertEquals(30_000, yaml.ledger().paths().size());
        assertSameReading(yaml, UrlLedgerFile.read(file, problems), "a large ledger");
    }

    @Test
    void anAddressTakenByAnotherArticleIsPlacedInALedgerAsTheBuildWritesIt() throws Exception {
        Path content = dir.resolve("content");
        // the second article's address is one the first had
        Map<String, String> files = Map.of(
                "site.yaml", "baseUrl: https://example.org/\n",
                "topics.yaml", "iran:\n  name: {en: Iran, fa: ایران}\n",
                "en/first.md", "---\ntitle: First\ndate: 2014-06-01\ntranslationKey: first\n---\nA.\n",
                "en/second.md", "---\ntitle: Second\ndate: 2014-06-02\nslug: old-first\n---\nB.\n");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.createDirectories(content.resolve(file.getKey()).getParent());
            Files.writeString(content.resolve(file.getKey()), file.getValue());
        }
        String text = UrlLedgerFile.text(new UrlLedger(Map.of("en:first",
                List.of("en/2014/06/first/", "en/2014/06/old-first/"))));
        assertTrue(UrlLedgerFile.readCanonical(text.getBytes(StandardCharsets.UTF_8)).isPresent(), "read line by line");
        Files.writeString(content.resolve(UrlLedgerFile.NAME), text);
        int line = text.lines().toList().indexOf("  - \"en/2014/06/old-first/\"") + 1;
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> ContentLoader.load(content));
        Problem problem = e.problems().get(0);
        assertEquals(content.resolve(UrlLedgerFile.NAME), problem.file());
        assertEquals(List.of(6, 5), List.of(problem.line(), problem.column()), problem.message());
        assertEquals(6, line, "the header's three lines, the identity, its first address");
        assertTrue(problem.message().contains("en/2014/06/old-first/") && problem.message().contains("now taken by"),
                problem.message());
    }

    /** The same ledger, and every address of it placed on the same line and column; others on none. */
    private static void assertSameReading(UrlLedgerFile.Read expected, UrlLedgerFile.Read actual, String message) {
        assertEquals(expected.ledger(), actual.ledger(), message);
        expected.ledger().paths().forEach((identity, paths) -> {
            for (String path : paths) {
                assertEquals(expected.place(identity, path), actual.place(identity, path),
                        message + ": " + identity + " " + path);
            }
            assertEquals(null, actual.place(identity, "en/not-written/"), message);
        });
        assertEquals(null, actual.place("en:not-an-identity", "en/not-written/"), message);
    }
}
