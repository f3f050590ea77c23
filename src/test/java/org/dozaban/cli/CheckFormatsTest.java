package org.dozaban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code check --format github} and {@code --format json} against hand-written expected output: the
 * invalid sites that have an {@code expected-github.txt} and {@code expected.json}, and a site with
 * lint warnings and lint settings. {@code --format text} must print each invalid site's
 * {@code expected.txt}, as loading it does.
 */
class CheckFormatsTest {

    private static final Path SITES = Path.of("src/test/resources/sites").toAbsolutePath();

    static List<Path> cases() throws IOException {
        try (Stream<Path> folders = Files.list(SITES.resolve("invalid"))) {
            return Stream.concat(folders.filter(f -> Files.exists(f.resolve("expected.json"))),
                    Stream.of(SITES.resolve("lint"))).sorted().toList();
        }
    }

    static List<Path> invalidSites() throws IOException {
        try (Stream<Path> folders = Files.list(SITES.resolve("invalid"))) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void githubAnnotationsAndJson(Path folder) throws IOException {
        for (String[] format : new String[][] {{"github", "expected-github.txt"}, {"json", "expected.json"}}) {
            Output output = check(folder, format[0]);
            assertEquals(1, output.exit, format[0]);
            assertEquals(expected(folder, format[1]), output.out, format[0]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSites")
    void textIsTheLoadersReport(Path folder) throws IOException {
        Output output = check(folder, "text");
        assertEquals(1, output.exit);
        String report = output.err.substring(0, output.err.lastIndexOf('\n', output.err.length() - 2) + 1);
        assertEquals(expected(folder, "expected.txt"), report);
        assertEquals("", output.out);
    }

    @Test
    void textWithWarningsAndLintSettings() throws IOException {
        Path folder = SITES.resolve("lint");
        Output output = check(folder, "text");
        assertEquals(1, output.exit);
        assertEquals(expected(folder, "expected.txt"), output.err);
        assertEquals("", output.out);
    }

    private static String expected(Path folder, String name) throws IOException {
        String text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text : text + "\n";
    }

    private record Output(int exit, String out, String err) {
    }

    private static Output check(Path folder, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("check", "--format", format, "--content", folder.resolve("content").toString(),
                "--templates", "templates");
        // absolute paths, and in annotations paths relative to the working folder, the project's
        String prefix = folder + "/";
        String relative = Path.of("").toAbsolutePath().relativize(folder) + "/";
        return new Output(exit, out.toString().replace(prefix, "").replace("file=" + relative, "file="),
                err.toString().replace(prefix, ""));
    }
}
