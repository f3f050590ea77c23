package org.dozaban.corpus;

import org.dozaban.testing.Trees;
import org.dozaban.build.Builder;
import org.dozaban.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad, hostile and odd input, one folder per kind under {@code src/test/resources/corpus/}, run through
 * the command line in process. A case folder holds:
 * <ul>
 * <li>{@code args}: the command line, one argument per line; {@code @/} stands for the case's working
 *     folder and {@code @port} for a port another program is listening on;</li>
 * <li>{@code expected}: {@code exit N} on its first line, then exactly what the command prints on
 *     standard error (a last line {@code ...} ends the comparison there, for usage text);</li>
 * <li>optionally {@code files/}: laid over the working folder, which starts as a copy of
 *     {@code _base/} (a small valid site) and of the repository's {@code templates/};</li>
 * <li>optionally {@code remove}: paths to delete from the working folder first, one a line;</li>
 * <li>optionally {@code links}: symbolic links to make, one a line, {@code path -> target};</li>
 * <li>optionally {@code folders}: folders to make, one a line, for those git does not keep (an empty
 *     folder, a {@code .git} folder);</li>
 * <li>optionally {@code writes}: present when the command may change files under {@code content/}
 *     (import, new).</li>
 * </ul>
 * A command that fails must leave every file as it was (the build cache aside); one that succeeds must leave the content and
 * templates as they were, unless {@code writes} says otherwise. Add a kind by adding a folder.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path TEMPLATES = Path.of("templates");
    private static final String MORE = "...";

    @TempDir
    Path work;

    static List<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_")).sorted().toList();
        }
    }

    @Test
    void theCorpusHasManyKinds() throws IOException {
        assertTrue(cases().size() >= 120, "kinds of bad input: " + cases().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsClearlyAndLosesNothing(String name) throws IOException {
        Path folder = CORPUS.resolve(name);
        prepare(folder);
        Map<String, String> before = snapshot(work);
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(busy.getLocalPort());
            String root = work.toString() + "/";
            String[] args = Files.readAllLines(folder.resolve("args"), StandardCharsets.UTF_8).stream()
                    .map(a -> a.replace("@/", root).replace("@port", port)).toArray(String[]::new);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(args);

            List<String> expected = Files.readAllLines(folder.resolve("expected"), StandardCharsets.UTF_8);
            String actual = err.toString().replace(root, "@/").replace(port, "@port").replace("\r\n", "\n");
            assertEquals(expected.get(0), "exit " + exit, "exit code; standard error:\n" + actual + "\nout:\n" + out);
            assertEquals(expectedText(expected, actual), actual.stripTrailing());
            assertNothingLost(folder, exit, before, snapshot(work));
        }
    }

    /** The expected standard error; before a {@code ...} line, only that much of the actual one is compared. */
    private static String expectedText(List<String> expected, String actual) {
        List<String> lines = expected.subList(1, expected.size());
        String text = String.join("\n", lines).stripTrailing();
        if (!lines.isEmpty() && lines.get(lines.size() - 1).equals(MORE)) {
            String head = String.join("\n", lines.subList(0, lines.size() - 1));
            return actual.startsWith(head) ? actual.stripTrailing() : head;
        }
        return text;
    }

    private void assertNothingLost(Path folder, int exit, Map<String, String> before, Map<String, String> after) {
        boolean writes = Files.exists(folder.resolve("writes"));
        if (exit != 0 && !writes) {
            assertEquals(before, after, "a command that failed changed files");
            return;
        }
        for (Map.Entry<String, String> file : before.entrySet()) {
            String path = file.getKey();
            if (path.startsWith("content/") && writes) {
                continue;
            }
            if (path.startsWith("content/") || path.startsWith("templates/") || path.startsWith("outside/")
                    || path.startsWith("seeds/")) {
                assertEquals(file.getValue(), after.get(path), "changed or lost: " + path);
            }
        }
    }

    private void prepare(Path folder) throws IOException {
        Trees.copy(CORPUS.resolve("_base"), work);
        Trees.copy(TEMPLATES, work.resolve("templates"));
        Path files = folder.resolve("files");
        if (Files.isDirectory(files)) {
            Trees.copy(files, work);
        }
        for (String line : lines(folder.resolve("remove"))) {
            deleteTree(work.resolve(line));
        }
        for (String line : lines(folder.resolve("folders"))) {
            Files.createDirectories(work.resolve(line));
        }
        for (String line : lines(folder.resolve("links"))) {
            String[] parts = line.split(" -> ", 2);
            Path link = work.resolve(parts[0]);
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(parts[1]));
        }
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /**
     * Every regular file under {@code root} (links not followed) with its bytes, by relative path; the
     * build cache is left out, since a build may fill it before it fails.
     */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !root.relativize(p).startsWith(Builder.CACHE_FOLDER)).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'),
                        Arrays.hashCode(Files.readAllBytes(p)) + ":" + Files.size(p));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.delete(all.get(i));
        }
    }
}
