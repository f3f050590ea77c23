package org.dozaban.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the importer on the golden cases of the check set (see {@link GoldenTest}) and prints the score:
 * cases exact, title, author and date right, and paragraph precision and recall (a paragraph counts when
 * it is exactly an expected one). Run alone with {@code mvn -o -q -B test -Dtest=CheckSetScore}. The set
 * is held out from tuning, so the figures say how the rules do on layouts they were not shaped to.
 */
class CheckSetScore {

    @TempDir
    Path temp;

    @Test
    void printsTheCheckSetScore() throws IOException {
        List<Path> cases = GoldenTest.cases().filter(GoldenTest::inCheckSet)
                .filter(dir -> Files.exists(dir.resolve("expected.md"))).toList();
        assertTrue(cases.size() > 0, "the check set has cases");
        int exact = 0;
        int titles = 0;
        int authors = 0;
        int dates = 0;
        int matched = 0;
        int produced = 0;
        int expectedCount = 0;
        List<String> misses = new ArrayList<>();
        for (Path dir : cases) {
            String expected = Files.readString(dir.resolve("expected.md"), StandardCharsets.UTF_8);
            String actual = imported(dir).orElse("");
            exact += expected.equals(actual) ? 1 : 0;
            titles += same(expected, actual, "title") ? 1 : 0;
            authors += same(expected, actual, "author") ? 1 : 0;
            dates += same(expected, actual, "date") ? 1 : 0;
            List<String> want = paragraphs(expected);
            List<String> got = paragraphs(actual);
            matched += common(want, got);
            produced += got.size();
            expectedCount += want.size();
            if (!expected.equals(actual)) {
                misses.add(dir.getFileName().toString());
            }
        }
        int n = cases.size();
        System.out.printf(Locale.ROOT, "check set: %d cases%n", n);
        System.out.printf(Locale.ROOT, "  exact   %d/%d%n", exact, n);
        System.out.printf(Locale.ROOT, "  title   %d/%d%n", titles, n);
        System.out.printf(Locale.ROOT, "  author  %d/%d%n", authors, n);
        System.out.printf(Locale.ROOT, "  date    %d/%d%n", dates, n);
        System.out.printf(Locale.ROOT, "  paragraphs: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                ratio(matched, produced), matched, produced, ratio(matched, expectedCount), matched, expectedCount);
        misses.forEach(m -> System.out.println("  not exact: " + m));
    }

    private Optional<String> imported(Path dir) throws IOException {
        Path work = temp.resolve(dir.getFileName().toString());
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        Path seed = Files.copy(GoldenTest.input(dir), seeds.resolve(GoldenTest.input(dir).getFileName()));
        ImportResult result = new Importer(work.resolve("content"), TestTopics.load())
                .importPaths(List.of(seed), false).get(0);
        if (result.status() != ImportResult.Status.CREATED) {
            return Optional.empty();
        }
        return Optional.of(ImportRecord.withoutStamp(Files.readString(result.output(), StandardCharsets.UTF_8)));
    }

    private static boolean same(String expected, String actual, String key) {
        return field(expected, key).equals(field(actual, key));
    }

    /** A front matter line's value, "" when absent. */
    static String field(String file, String key) {
        int end = file.indexOf("\n---\n");
        String front = end < 0 ? "" : file.substring(0, end);
        for (String line : front.split("\n")) {
            if (line.startsWith(key + ": ")) {
                return line.substring(key.length() + 2);
            }
        }
        return "";
    }

    static List<String> paragraphs(String file) {
        int end = file.indexOf("\n---\n\n");
        if (end < 0) {
            return List.of();
        }
        return List.of(file.substring(end + "\n---\n\n".length()).strip().split("\n\n"));
    }

    private static int common(List<String> want, List<String> got) {
        Map<String, Integer> left = new HashMap<>();
        want.forEach(p -> left.merge(p, 1, Integer::sum));
        int n = 0;
        for (String p : got) {
            if (left.getOrDefault(p, 0) > 0) {
                left.merge(p, -1, Integer::sum);
                n++;
            }
        }
        return n;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
