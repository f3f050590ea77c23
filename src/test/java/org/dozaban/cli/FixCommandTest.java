package org.dozaban.cli;

import org.dozaban.testing.Trees;
import org.dozaban.build.Checker;
import org.dozaban.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dozaban fix} on the lint site: a diff by default, the hand-written fixed file with --write,
 * and no change but at the places {@code check} reports.
 */
class FixCommandTest {

    private static final Path SITE = Path.of("src/test/resources/sites/lint");

    @TempDir
    Path dir;

    private final TestFiles cli = new TestFiles();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void printsADiffAndWritesNothing() throws IOException {
        Path content = Trees.copy(SITE.resolve("content"), dir.resolve("content"));
        String before = Files.readString(content.resolve("fa/piece.md"));

        assertEquals(0, run("fix", "--content", content.toString()), err.toString());

        assertEquals(before, Files.readString(content.resolve("fa/piece.md")));
        String file = content.resolve("fa/piece.md").toString();
        assertEquals("--- a/" + file + "\n+++ b/" + file + "\n@@ -3,7 +3,7 @@\n date: 2014-06-17\n ---\n \n"
                + "-در سال 2014 او می رود  و \"سلام\" گفت.\n"
                + "+در سال ۲۰۱۴ او می\u200Cرود  و «سلام» گفت.\n \n ```\n سال 2014 و \"کد\"\n", out.toString());
        assertTrue(err.toString().contains("3 fixes in 1 file; run with --write"), err.toString());
    }

    @Test
    void writesTheFixesOfTheRulesThatAreOn() throws IOException {
        Path content = Trees.copy(SITE.resolve("content"), dir.resolve("content"));
        String english = Files.readString(content.resolve("en/piece.md"));

        assertEquals(0, run("fix", "--write", "--content", content.toString()), err.toString());

        assertEquals(Files.readString(SITE.resolve("fixed/fa/piece.md")), Files.readString(content.resolve("fa/piece.md")));
        assertEquals(english, Files.readString(content.resolve("en/piece.md")));
    }

    @Test
    void fixesProseAndLeavesKeysCodeAndAddressesAlone() throws IOException {
        Path site = Path.of("src/test/resources/sites/fix");
        Path content = Trees.copy(site.resolve("content"), dir.resolve("content"));

        assertEquals(0, run("fix", "--write", "--content", content.toString()), err.toString());

        assertEquals(Files.readString(site.resolve("fixed/fa/article.md")),
                Files.readString(content.resolve("fa/article.md")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lint/content/fa/piece.md", "fix/content/fa/article.md"})
    void changesOnlyWhatCheckReports(String article) throws IOException {
        Path fixture = Path.of("src/test/resources/sites").resolve(article);
        Path content = Trees.copy(fixture.getParent().getParent(), dir.resolve("content"));
        Path file = content.resolve("fa").resolve(fixture.getFileName());
        List<Problem> reported = Checker.check(content, Path.of("templates")).problems().stream()
                .filter(p -> p.file().equals(file)).toList();
        String[] before = Files.readString(file).split("\n", -1);

        assertEquals(0, run("fix", "--write", "--content", content.toString(), file.toString()), err.toString());

        String[] after = Files.readString(file).split("\n", -1);
        assertEquals(before.length, after.length);
        for (int i = 0; i < before.length; i++) {
            if (before[i].equals(after[i])) {
                continue;
            }
            int line = i + 1;
            int first = commonPrefix(before[i], after[i]);
            int last = before[i].length() - commonSuffix(before[i], after[i]);
            int firstColumn = before[i].codePointCount(0, first) + 1;
            int lastColumn = before[i].codePointCount(0, last) + 1;
            assertTrue(reported.stream().anyMatch(p -> p.line() == line && p.fix() != null
                            && p.column() <= firstColumn),
                    "line " + line + " changed from column " + firstColumn + " where nothing was reported");
            assertTrue(reported.stream().anyMatch(p -> p.line() == line && p.fix() != null
                            && p.fix().endColumn() >= lastColumn),
                    "line " + line + " changed up to column " + lastColumn + " where nothing was reported");
        }
        List<Problem> left = Checker.check(content, Path.of("templates")).problems().stream()
                .filter(p -> p.file().equals(file)).toList();
        // what is left was hidden by another fix at the same place, or is found only once that fix is made
        assertTrue(left.size() < reported.size(), left.toString());
    }

    @Test
    void aMissingFileIsAnError() {
        assertEquals(3, run("fix", dir.resolve("none.md").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
