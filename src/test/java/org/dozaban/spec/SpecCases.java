package org.dozaban.spec;

import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden example folders: {@code <root>/<case>/} holds one {@code input.*} file and
 * {@code expected.html}. Every folder is a case; adding a folder adds a test.
 */
public final class SpecCases {

    /** The file of a case holding the expected output. */
    public static final String EXPECTED = "expected.html";

    private SpecCases() {
    }

    /**
     * One test per case folder under the test resource folder {@code root}, in name order, comparing
     * {@code run(caseFolder)} with the folder's {@code expected.html} (trailing white space ignored).
     */
    public static Stream<DynamicTest> tests(String root, Function<Path, String> run) {
        return folders(root).stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> assertEquals(read(folder.resolve(EXPECTED)).stripTrailing(),
                        run.apply(folder).stripTrailing(), folder.toString())));
    }

    /** The case folders under the test resource folder {@code root}, sorted by name. */
    public static List<Path> folders(String root) {
        URL url = SpecCases.class.getResource("/" + root);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + root);
        }
        try (Stream<Path> children = Files.list(Path.of(url.toURI()))) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The input file of a case: the one whose name starts with {@code input.}. */
    public static Path input(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no input.* in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text as UTF-8. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
