package org.dozaban.cli;

import org.dozaban.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands end to end, in process: exit codes, messages, and what they write or leave alone. */
class CommandLineTest {

    private static final Path SITES = Path.of("src/test/resources/sites");

    @TempDir
    Path dir;

    private final TestFiles cli = new TestFiles();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : List.of("build", "import", "check", "serve", "new", "fix", "status", "init")) {
            assertTrue(out.toString().contains("  " + command + " "), command + " in:\n" + out);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("build", "import", "check", "serve", "new", "fix", "status", "init")) {
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString().contains("Usage: dozaban " + command), out.toString());
        }
    }

    @Test
    void aCommandIsGivenOnlyItsOwnSubcommandAndTheOthersAllOfThem() {
        assertEquals(List.of("build"), subcommands("build", "--clean"));
        assertEquals(List.of("check"), subcommands("--debug", "check"));
        List<String> all = List.of("build", "import", "check", "serve", "new", "fix", "status", "init", "help");
        assertEquals(all, subcommands("help", "build"));
        assertEquals(all, subcommands("--help"));
        assertEquals(all, subcommands("bulid"));
        assertEquals(all, subcommands());
    }

    private static List<String> subcommands(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }

    @Test
    void theDebugOptionBeforeTheCommandReachesIt() {
        assertEquals(0, run("--debug", "build", "--help"));
        assertTrue(out.toString().contains("--debug"), out.toString());
    }

    @Test
    void helpForOneCommandIsItsUsage() {
        assertEquals(0, run("help", "check"));
        assertTrue(out.toString().startsWith("Usage: dozaban check"), out.toString());
    }

    @Test
    void versionIsPrinted() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("dozaban \\d+\\.\\d+\\.\\d+\\R"), out.toString());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("bulid"));
        assertTrue(err.toString().contains("bulid"), err.toString());
        assertTrue(err.toString().contains("Did you mean: dozaban build?"), err.toString());
    }

    @Test
    void buildRendersAValidSite() throws IOException {
        Path content = copy(SITES.resolve("minimal/content"));
        Path site = dir.resolve("site");

        assertEquals(0, run("build", "--content", content.toString(), "--out", site.toString(),
                "--seeds", dir.resolve("no-seeds").toString()), err.toString());

        assertTrue(Files.exists(site.resolve("index.html")));
        assertTrue(Files.exists(site.resolve("assets/style.css")));
        assertTrue(out.toString().startsWith("built "), out.toString());
        // what was rendered and changed, then each stage, the render by its own parts, setup first
        String stage = "(\\w[\\w ]*) \\d+";
        String summary = out.toString().lines().findFirst().orElseThrow();
        assertTrue(summary.matches("built \\d+ articles into .*/: rendered (\\d+) of \\1 pages, "
                + "\\d+ files changed, \\d+\\.\\d s \\(load \\d+ ms, render \\d+ ms \\[setup \\d+, articles \\d+, pages \\d+, "
                + "lists \\d+, search index \\d+, search and sitemap \\d+](, " + stage + " ms)+\\)"), summary);
    }

    @Test
    void buildWithErrorsPrintsThemAndLeavesTheSiteAlone() throws IOException {
        Path content = copy(SITES.resolve("invalid/unknown-topic/content"));
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous build");
        Files.writeString(site.resolve(".dozaban-output"), "");

        assertEquals(1, run("build", "--content", content.toString(), "--out", site.toString(), "--no-import"));

        String expected = content.resolve("fa/piece.md") + ":3:16: error: unknown topic \"irak\"";
        assertTrue(err.toString().startsWith(expected), err.toString());
        assertTrue(err.toString().contains("1 error; nothing was written."), err.toString());
        assertEquals("previous build", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), names(dir).stream().filter(n -> !n.equals("content")).toList());
    }

    @Test
    void checkValidatesWithoutWriting() throws IOException {
        Path good = copy(SITES.resolve("minimal/content"));
        assertEquals(0, run("check", "--content", good.toString()), err.toString());
        assertTrue(out.toString().startsWith("ok: "), out.toString());

        Path bad = dir.resolve("bad");
        Trees.copy(SITES.resolve("invalid/several-errors/content"), bad);
        assertEquals(1, run("check", "--content", bad.toString()));
        assertTrue(err.toString().contains(": error: "), err.toString());
        assertEquals(List.of("bad", "content"), names(dir));
    }

    @Test
    void newRefusesAMissingContentFolder() {
        Path missing = dir.resolve("nowhere");
        assertEquals(1, run("new", "--content", missing.toString(), "en", "Hello"));
        assertTrue(err.toString().startsWith(missing + ": error: the content folder does not exist"), err.toString());
        assertFalse(Files.exists(missing));
    }

    @Test
    void importCreatesThenSkips() throws IOException {
        Path content = copy(SITES.resolve("minimal/content"));
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("a.txt"), """
                A short report on the talks

                By Jane Doe

                17 June 2014

                The talks in Vienna on Iran's nuclear program went on for a second day, officials said.

                Both sides said that progress had been made on the main questions before them.
                """);

        assertEquals(0, run("import", "--content", content.toString(), seeds.toString()), err.toString());
        assertTrue(out.toString().startsWith("created "), out.toString());
        assertTrue(Files.exists(content.resolve("en/a-short-report-on-the-talks.md")));

        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "--content", content.toString(), seeds.toString()));
        assertTrue(out.toString().startsWith("skipped "), out.toString());
    }

    @Test
    void importExplainPrintsEachBlockAndWritesNothing() throws IOException {
        Path content = copy(SITES.resolve("minimal/content"));
        Path seed = dir.resolve("report.txt");
        Files.writeString(seed, """
                Home
                News
                Contact

                A short report on the talks

                By Jane Doe

                17 June 2014

                The talks in Vienna went on for a second day, officials said, and both sides met again at noon.

                Share this article
                """);
        assertEquals(0, run("import", "--explain", "--content", content.toString(), seed.toString()), err.toString());
        String first = out.toString();
        assertTrue(first.contains("     1  chrome:menu"), first);
        assertTrue(first.contains("     5  title"), first);
        assertTrue(first.contains("     7  byline") && first.contains("author \"Jane Doe\""), first);
        assertTrue(first.contains("     9  date") && first.contains("date 2014-06-17"), first);
        assertTrue(first.contains("    11  body"), first);
        assertTrue(first.contains("    13  chrome:share"), first);
        assertTrue(first.contains("title:     A short report on the talks\n"), first);
        assertFalse(Files.exists(content.resolve("en/a-short-report-on-the-talks.md")), "nothing is written");
        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "--explain", "--content", content.toString(), seed.toString()));
        assertEquals(first, out.toString(), "the same file, the same report");
    }

    @Test
    void importIntoAMissingContentFolderSaysSo() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "Title\n\nSome text of an article.\n");
        Path missing = dir.resolve("nowhere");
        assertEquals(1, run("import", "--content", missing.toString(), seeds.toString()));
        assertTrue(err.toString().startsWith(missing + ": error: the content folder does not exist"), err.toString());
        assertFalse(Files.exists(missing));
    }

    private Path copy(Path from) throws IOException {
        Path to = dir.resolve("content");
        Trees.copy(from, to);
        return to;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
