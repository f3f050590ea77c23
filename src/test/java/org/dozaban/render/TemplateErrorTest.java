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
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void missingTemplateFolderIsOneError() {
        Path missing = templates.resolve("nowhere");
        ContentException error = assertThrows(ContentException.class, () -> new SiteRenderer(missing).render(site));
        assertEquals(List.of(missing), error.problems().stream().map(Problem::file).toList(), error.report());
        assertEquals("the template folder does not exist", error.problems().get(0).message());
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

    /**
     * Edits the copy of {@code i18n/<lang>.yaml}, replacing the first line matching {@code line} (whole
     * line, without its end) with {@code replacement}, or removing it when that is null; checks that
     * rendering fails with one problem in that file, at the line {@code at} starts, and returns it.
     */
    private Problem assertInterfaceProblem(String lang, String line, String replacement, String at)
            throws IOException {
        copyTemplates();
        Path file = templates.resolve("i18n/" + lang + ".yaml");
        String text = Files.readString(file);
        Files.writeString(file, replacement == null ? text.replaceFirst("(?m)^" + line + "\\n", "")
                : text.replaceFirst("(?m)^" + line + "$", replacement));
        Problem problem = onlyProblem();
        assertEquals(file, problem.file());
        assertEquals(lineOf(file, at), problem.line(), problem.format());
        assertFalse(problem.hint().isEmpty(), problem.format());
        return problem;
    }

    @Test
    void missingInterfaceStringIsReportedAtTheStringsMapping() throws IOException {
        Problem problem = assertInterfaceProblem("fa", "  older: .*", null, "strings:");
        assertEquals("missing interface strings: older", problem.message());
        assertEquals(1, problem.column());
    }

    @Test
    void interfaceStringThatIsNotTextIsReportedWhereItIs() throws IOException {
        Problem problem = assertInterfaceProblem("en", "  older: .*", "  older: [a, list]", "  older:");
        assertEquals(10, problem.column(), "column of the value");
        assertTrue(problem.message().contains("older"), problem.message());
    }

    @Test
    void invalidInterfaceYamlHasAPlaceAndAHint() throws IOException {
        Problem problem = assertInterfaceProblem("en", "  older: .*", "  older: Older: again", "  older:");
        assertTrue(problem.column() > 0, problem.format());
        assertTrue(problem.message().startsWith("invalid YAML"), problem.message());
    }

    @Test
    void languageWithoutANameIsReportedAtTheLanguagesMapping() throws IOException {
        Problem problem = assertInterfaceProblem("fa", "  en: .*", null, "languages:");
        assertEquals("no name for language en", problem.message());
        assertEquals(1, problem.column());
    }

    /** The 1-based number of the first line of {@code file} starting with {@code start}. */
    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line starting with " + start);
    }
}
