package org.dozaban.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every folder under {@code sites/invalid/} is a site that must fail to load: its {@code content/}
 * folder is loaded and the full error report, with paths relative to the case folder, must equal
 * its {@code expected.txt}.
 */
class InvalidSitesTest {

    private static Path root() throws URISyntaxException {
        return Path.of(InvalidSitesTest.class.getResource("/sites/invalid").toURI());
    }

    static List<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void casesAreFound() throws Exception {
        assertFalse(cases().isEmpty(), "no cases under sites/invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryErrorWithItsPlace(String name) throws Exception {
        Path folder = root().resolve(name);
        String expected = Files.readString(folder.resolve("expected.txt"), StandardCharsets.UTF_8).stripTrailing();
        ContentException thrown = assertThrows(ContentException.class,
                () -> ContentLoader.load(folder.resolve("content")));
        assertEquals(expected, report(folder, thrown));
    }

    /** The report with paths relative to the case folder, as a user working there would see it. */
    private static String report(Path folder, ContentException thrown) {
        return thrown.report().replace(folder.toString().replace(File.separatorChar, '/') + "/", "");
    }
}
