package org.dozaban.cli;

import org.dozaban.testing.Trees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code build} and {@code check} leave out drafts and scheduled articles, say so, and include them on request. */
class DraftsAndScheduleCommandTest {

    @TempDir
    Path dir;

    private final TestFiles cli = new TestFiles();
    private Path content;

    @BeforeEach
    void fixture() throws IOException {
        // the minimal site has one draft, fa/unfinished.md; a year far ahead is after today wherever it runs
        content = Trees.copy(Path.of("src/test/resources/sites/minimal/content"), dir.resolve("content"));
        Files.writeString(content.resolve("en/later.md"),
                "---\ntitle: Written for later\ndate: 2999-01-01\n---\nNot yet.\n");
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private int build(Path site, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(),
                "--out", site.toString(), "--no-import"));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private static List<Document> pagesWithBanner(Path site) throws IOException {
        List<Document> found = new ArrayList<>();
        for (Path page : Trees.files(site, ".html")) {
            Document doc = Jsoup.parse(page.toFile());
            if (!doc.select(".unpublished").isEmpty()) {
                found.add(doc);
            }
        }
        return found;
    }

    @Test
    void buildLeavesThemOutAndSaysWhy() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, build(site), cli.err.toString());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String printed = cli.out.toString();
        assertTrue(printed.contains("\nleft out 1 draft (--drafts includes them)\n"), printed);
        // the day may turn between the build and this line; either date is today for the build
        assertTrue(printed.contains("left out 1 article dated after today, ")
                && printed.contains(" in UTC: each appears with the first build on or after its date"
                + " (--future includes them now)"), printed);
        assertTrue(printed.contains(today) || printed.contains(LocalDate.parse(today).minusDays(1).toString()), printed);
        assertEquals(List.of(), pagesWithBanner(site));
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("written-for-later"));
        assertFalse(Files.exists(site.resolve("en/2999")));
    }

    @Test
    void buildIncludesThemOnRequestEachWithABanner() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, build(site, "--drafts", "--future"), cli.err.toString());
        assertFalse(cli.out.toString().contains("left out"), cli.out.toString());
        List<Document> marked = pagesWithBanner(site);
        assertEquals(2, marked.size());
        Document later = Jsoup.parse(site.resolve("en/2999/01/written-for-later/index.html").toFile());
        assertEquals("Scheduled: this article is dated after today. It is published with the first build on or"
                + " after its date.", later.select(".unpublished").text());
        Document draft = marked.stream().filter(d -> d.select("html").attr("lang").equals("fa")).findFirst()
                .orElseThrow();
        assertTrue(draft.select(".unpublished").text().startsWith("پیش‌نویس:"), draft.select(".unpublished").text());
        Document home = Jsoup.parse(site.resolve("en/index.html").toFile());
        assertEquals("Scheduled", home.select(".entry:has(a[href*=written-for-later]) .entry__status").text(),
                "lists mark it too");
    }

    @Test
    void aPublishedSiteMarksNothing() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, build(site), cli.err.toString());
        for (Path page : Trees.files(site, ".html")) {
            assertTrue(Jsoup.parse(page.toFile()).select(".entry__status, .unpublished").isEmpty(), page.toString());
        }
    }

    @Test
    void eachOptionIncludesItsOwnKind() throws IOException {
        assertEquals(0, build(dir.resolve("drafts"), "--drafts"), cli.err.toString());
        assertFalse(cli.out.toString().contains("draft (--drafts"), cli.out.toString());
        assertTrue(cli.out.toString().contains("left out 1 article dated after today"), cli.out.toString());
        assertEquals(1, pagesWithBanner(dir.resolve("drafts")).size());
        assertEquals(0, build(dir.resolve("future"), "--future"), cli.err.toString());
        assertTrue(Files.exists(dir.resolve("future/en/2999/01/written-for-later/index.html")));
    }

    @Test
    void newDatesTheDraftTodayInTheSiteTimeZone() throws IOException {
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            Files.writeString(content.resolve("site.yaml"), "baseUrl: https://example.org/\ntimeZone: " + zone + "\n");
            LocalDate before = LocalDate.now(ZoneId.of(zone));
            assertEquals(0, run("new", "en", "Dated in " + zone, "--content", content.toString()), cli.err.toString());
            LocalDate after = LocalDate.now(ZoneId.of(zone));
            String text = Files.readString(content.resolve("en/dated-in-pacific-" + zone.substring(8).toLowerCase()
                    .replace('_', '-') + ".md"));
            assertTrue(text.contains("date: " + before + "\n") || text.contains("date: " + after + "\n"), text);
        }
    }

    @Test
    void checkSaysHowManyWereLeftOut() {
        assertEquals(0, run("check", "--content", content.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains("left out 1 draft"), cli.out.toString());
        assertTrue(cli.out.toString().contains("left out 1 article dated after today"), cli.out.toString());
    }
}
