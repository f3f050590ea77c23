package org.dozaban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new} and {@code import} tell the address they chose; {@code build} keeps the ledger of addresses. */
class PublishingCommandsTest {

    private static final Path MINIMAL = Path.of("src/test/resources/sites/minimal/content");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path content() throws IOException {
        Path to = dir.resolve("content");
        try (Stream<Path> files = Files.walk(MINIMAL)) {
            for (Path file : files.sorted().toList()) {
                Path dest = to.resolve(MINIMAL.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    private static String month(LocalDate date) {
        return String.format(Locale.ROOT, "%04d/%02d", date.getYear(), date.getMonthValue());
    }

    @Test
    void newPrintsTheAddressItChose() throws IOException {
        Path content = content();
        LocalDate today = LocalDate.now();
        assertEquals(0, run("new", "en", "A new piece", "--content", content.toString()), err.toString());
        assertTrue(out.toString().contains("url: https://example.org/archive/en/" + month(today) + "/a-new-piece/"),
                out.toString());
    }

    @Test
    void nativeSlugsKeepPersianLetters() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                + "slugs: native\n", StandardCharsets.UTF_8);
        LocalDate today = LocalDate.now();
        assertEquals(0, run("new", "fa", "گزارش تازهٔ بندر", "--content", content.toString()), err.toString());
        assertTrue(out.toString().contains("url: https://example.org/archive/fa/" + month(today)
                + "/گزارش-تازه-بندر/"), out.toString());
        assertTrue(Files.exists(content.resolve("fa/گزارش-تازه-بندر.md")));
    }

    @Test
    void importPrintsTheAddressOfEachArticle() throws IOException {
        Path content = content();
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), """
                A short report on the talks

                By Jane Doe

                17 June 2014

                The talks in Vienna on Iran's nuclear program went on for a second day, officials said.

                Both sides said that progress had been made on the main questions before them.
                """);
        assertEquals(0, run("import", "--content", content.toString(), seeds.toString()), err.toString());
        assertTrue(out.toString().contains("\n  url: https://example.org/archive/en/2014/06/a-short-report-on-the-talks/"),
                out.toString());
    }

    @Test
    void buildRecordsAddressesAndRedirectsAMovedArticle() throws IOException {
        Path content = content();
        Path site = dir.resolve("site");
        assertEquals(0, run("build", "--no-import", "--content", content.toString(), "--out", site.toString()),
                err.toString());
        String ledger = Files.readString(content.resolve("urls.yaml"));
        assertTrue(ledger.contains("\"en:the-river-keeps-its-course\":\n  - \"en/2014/06/the-river-keeps-its-course/\"\n"),
                ledger);
        assertEquals(0, run("build", "--no-import", "--content", content.toString(), "--out", site.toString()));
        assertEquals(ledger, Files.readString(content.resolve("urls.yaml")), "the same content gives the same ledger");

        Path river = content.resolve("en/river.md");
        Files.writeString(river, Files.readString(river).replace("date: 2014-06-17", "date: 2014-07-01"));
        assertEquals(0, run("build", "--no-import", "--content", content.toString(), "--out", site.toString()),
                err.toString());
        assertTrue(Files.readString(content.resolve("urls.yaml")).contains(
                "  - \"en/2014/06/the-river-keeps-its-course/\"\n  - \"en/2014/07/the-river-keeps-its-course/\"\n"));
        String moved = Files.readString(site.resolve("en/2014/06/the-river-keeps-its-course/index.html"));
        assertTrue(moved.contains("url=../../../../en/2014/07/the-river-keeps-its-course/index.html"), moved);
        assertTrue(Files.readString(site.resolve("_redirects")).contains(
                "/archive/en/2014/06/the-river-keeps-its-course/ /archive/en/2014/07/the-river-keeps-its-course/ 301"));
    }

    @Test
    void aMissingPreviewImageIsAnError() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                + "\nimage: assets/nope.png\n", StandardCharsets.UTF_8);
        assertEquals(1, run("check", "--content", content.toString()));
        assertTrue(err.toString().contains("templates/assets/nope.png: error: the preview image that site.yaml names"
                + " does not exist"), err.toString());
    }
}
