package org.dozaban.cli;

import org.dozaban.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dozaban status} on a site with a missing translation each way, a stale translation and
 * different topics: from {@code translated:} dates outside git, from commits inside a repository.
 */
class StatusCommandTest {

    private static final Path SITE = Path.of("src/test/resources/sites/status");

    @TempDir
    Path dir;

    private final TestFiles cli = new TestFiles();

    private Path prepare() throws IOException {
        Path content = Trees.copy(SITE.resolve("content"), dir.resolve("content"));
        FileTime changed = FileTime.from(Instant.parse("2020-01-01T12:00:00Z"));
        Files.setLastModifiedTime(content.resolve("en/alpha.md"), changed);
        Files.setLastModifiedTime(content.resolve("en/beta.md"), changed);
        return content;
    }

    private String output() {
        return cli.out.toString().replace(dir + "/", "");
    }

    @Test
    void textFromTranslatedDates() throws IOException {
        Path content = prepare();
        assertEquals(0, cli.run("status", "--content", content.toString()), cli.err.toString());
        assertEquals(Files.readString(SITE.resolve("expected.txt")), output());
    }

    @Test
    void json() throws IOException {
        Path content = prepare();
        assertEquals(0, cli.run("status", "--format", "json", "--content", content.toString()), cli.err.toString());
        assertEquals(Files.readString(SITE.resolve("expected.json")), output());
    }

    @Test
    void staleFromGitHistory() throws Exception {
        Path content = prepare();
        git("2024-01-01T00:00:00Z", "init", "-q");
        git("2024-01-01T00:00:00Z", "add", ".");
        git("2024-01-01T00:00:00Z", "commit", "-q", "-m", "first");
        Files.writeString(content.resolve("en/beta.md"), "\nThe original, changed.\n",
                StandardOpenOption.APPEND);
        git("2024-02-01T00:00:00Z", "commit", "-q", "-a", "-m", "second");

        assertEquals(0, cli.run("status", "--content", content.toString()), cli.err.toString());

        String out = output();
        assertTrue(out.contains("  translation older than its original: 1\n"
                + "    content/fa/beta.md: content/en/beta.md changed 2024-02-01, translated 2024-01-01 (git)\n"), out);
        assertTrue(!out.contains("content/fa/alpha.md: "), out);
    }

    private void git(String date, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=T", "-c",
                "user.email=t@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().putAll(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date));
        assertEquals(0, builder.start().waitFor(), String.join(" ", args));
    }
}
