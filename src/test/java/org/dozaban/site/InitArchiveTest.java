package org.dozaban.site;

import org.dozaban.build.Checker;
import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.scaffold.ArchiveScaffold;
import org.dozaban.status.ChangeHistory;
import org.dozaban.status.LanguageStatus;
import org.dozaban.status.TranslationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code init}: the archive it creates has everything it promises, checks without a problem, builds
 * with its own templates, and every page passes the Nu Html Checker.
 */
class InitArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theNewArchiveBuildsIntoValidHtml() throws Exception {
        Path archive = dir.resolve("archive");
        List<String> files = ArchiveScaffold.create(archive, "https://archive.example.org/", "someone/dozaban");

        for (String expected : List.of("content/site.yaml", "content/topics.yaml", "content/fa/welcome.md",
                "content/en/welcome.md", "templates/base.peb", "templates/assets/style.css", "templates/i18n/fa.yaml",
                ".github/workflows/pull-request.yml", ".github/workflows/publish.yml", "CONTRIBUTING.md",
                "CONTRIBUTING.fa.md", "README.md", ".gitignore")) {
            assertTrue(files.contains(expected) && Files.isRegularFile(archive.resolve(expected)), expected);
        }
        assertEquals(Files.readString(Path.of("templates/base.peb")), Files.readString(archive.resolve("templates/base.peb")));
        assertTrue(Files.readString(archive.resolve("content/site.yaml")).contains("baseUrl: \"https://archive.example.org/\""));
        assertTrue(Files.readString(archive.resolve(".github/workflows/publish.yml")).contains("|| 'someone/dozaban'"));

        assertTrue(Files.readString(archive.resolve("content/fa/welcome.md"))
                .contains("\ntranslated: " + LocalDate.now(ZoneOffset.UTC) + "\n"));
        for (LanguageStatus status : new TranslationStatus(ContentLoader.load(archive.resolve("content")),
                ChangeHistory.read(archive.resolve("content"))).languages()) {
            assertEquals(List.of(), status.untranslated(), status.lang());
            assertEquals(List.of(), status.stale(), status.lang());
            assertEquals(List.of(), status.topicsDiffer(), status.lang());
        }
        Checker.Result check = Checker.check(archive.resolve("content"), archive.resolve("templates"));
        assertEquals(List.of(), check.problems());

        BuiltSite site = BuiltSite.build("init", archive.resolve("content"), archive.resolve("templates"),
                archive.resolve("site"));
        HtmlChecker checker = new HtmlChecker();
        List<HtmlMessage> errors = new ArrayList<>();
        for (String page : site.pages()) {
            checker.check(site.file(page), site.label(page)).stream().filter(HtmlMessage::error).forEach(errors::add);
        }
        assertFalse(site.pages().isEmpty());
        assertTrue(errors.isEmpty(), () -> errors.stream().map(HtmlMessage::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(dir.resolve("file.txt"), "x");
        ContentException e = assertThrows(ContentException.class, () -> ArchiveScaffold.create(dir, null, ""));
        assertTrue(e.report().contains("the folder exists and is not empty"), e.report());
        assertEquals(List.of("file.txt"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void refusesABadBaseUrlAndLeavesNothing() throws IOException {
        Path archive = dir.resolve("archive");
        ContentException e = assertThrows(ContentException.class,
                () -> ArchiveScaffold.create(archive, "not a url", ""));
        assertTrue(e.report().startsWith(archive.resolve("content/site.yaml") + ":"), e.report());
        assertEquals(List.of(), Files.list(dir).toList());
    }
}
