package org.dozaban.render;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.content.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken copies of the real templates fail with the template's path and line. */
class TemplateErrorTest {

    static Site site;

    @TempDir
    Path templates;

    @BeforeAll
    static void load() throws Exception {
        site = FixtureSites.load("bilingual");
    }

    private void copyTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(RenderedSite.TEMPLATES)) {
            for (Path source : files.filter(p -> !p.startsWith(RenderedSite.TEMPLATES.resolve("assets"))).toList()) {
                Path target = templates.resolve(RenderedSite.TEMPLATES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Inserts {@code text} as a new line after the first line containing {@code marker}; returns its 1-based number. */
    private int insertAfter(String template, String marker, String text) throws IOException {
        Path file = templates.resolve(template);
        var lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int index = 0;
        while (!lines.get(index).contains(marker)) {
            index++;
        }
        lines.add(index + 1, text);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return index + 2;
    }

    private Problem onlyProblem() {
        ContentException error = assertThrows(ContentException.class, () -> new SiteRenderer(templates).render(site));
        assertEquals(1, error.problems().size(), error.report());
        return error.problems().get(0);
    }

    /**
     * Breaks {@code template} by inserting {@code broken} after the line containing {@code marker}, and
     * checks that rendering fails with one problem at that template and line.
     */
    private Problem assertProblemAt(String template, String marker, String broken, String messagePart)
            throws IOException {
        copyTemplates();
        int line = insertAfter(template, marker, broken);
        Problem problem = onlyProblem();
        assertEquals(templates.resolve(template), problem.file());
        assertEquals(line, problem.line());
        assertTrue(problem.message().contains(messagePart), problem.message());
        return problem;
    }

    @Test
    void undefinedVariableNamesTemplateAndLine() throws IOException {
        Problem problem = assertProblemAt("404.peb", "{% block content %}", "<p>{{ notFound.nothingHere }}</p>",
                "nothingHere");
        assertEquals(16, problem.column(), "column of the undefined name");
        assertTrue(problem.format().startsWith(
                templates.resolve("404.peb") + ":" + problem.line() + ":16: error: template error:"), problem.format());
    }

    @Test
    void everyBrokenTemplateIsReported() throws IOException {
        copyTemplates();
        int articleLine = insertAfter("article.peb", "{% block content %}", "  <p>{{ article.nope }}</p>");
        int homeLine = insertAfter("home.peb", "{% block content %}", "<p>{{ home.nope }}</p>");
        ContentException error = assertThrows(ContentException.class, () -> new SiteRenderer(templates).render(site));
        assertEquals(2, error.problems().size(), error.report());
        Problem article = error.problems().get(0);
        assertEquals(templates.resolve("article.peb"), article.file());
        assertEquals(articleLine, article.line());
        assertEquals(17, article.column());
        Problem home = error.problems().get(1);
        assertEquals(templates.resolve("home.peb"), home.file());
        assertEquals(homeLine, home.line());
        assertEquals(12, home.column());
    }

    @Test
    void unknownFilterInAnIncludedTemplateNamesThatTemplate() throws IOException {
        Problem problem = assertProblemAt("partials/topic-list.peb", "{% for topic in topics %}",
                "<li>{{ topic.name | shout }}</li>", "shout");
        assertEquals(21, problem.column(), "column of the unknown filter");
    }

    @Test
    void filterOnTheWrongTypeNamesTemplateAndLine() throws IOException {
        assertProblemAt("article.peb", "{% block content %}", "<p>{{ article.title | date }}</p>",
                "filter cannot take a String");
    }

    @Test
    void missingInterfaceStringIsReportedForTheLanguageFile() throws IOException {
        copyTemplates();
        Path fa = templates.resolve("i18n/fa.yaml");
        Files.writeString(fa, Files.readString(fa).replaceAll("(?m)^  older: .*\\n", ""));
        Problem problem = onlyProblem();
        assertEquals(fa, problem.file());
        assertEquals("missing interface strings: older", problem.message());
    }
}
