package org.dozaban.site;

import org.dozaban.content.ContentException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The sites the whole-site suites run over: the bilingual fixture and the real content, both built
 * with the repository's templates. The system property {@code dozaban.sites} (folders separated by
 * the path separator) runs the suites over folders of already built pages instead, such as the
 * committed {@code site/}.
 */
final class TestSites {

    static final Path TEMPLATES = Path.of("templates");
    static final Path FIXTURE_CONTENT = Path.of("src", "test", "resources", "sites", "bilingual", "content");
    static final Path REAL_CONTENT = Path.of("content");
    static final String SITES_PROPERTY = "dozaban.sites";

    private TestSites() {
    }

    /** The sites under test; built ones go to folders under {@code workDir}. */
    static List<BuiltSite> prepare(Path workDir) throws ContentException, IOException {
        String given = System.getProperty(SITES_PROPERTY, "").trim();
        if (!given.isEmpty()) {
            return Arrays.stream(given.split(File.pathSeparator)).map(TestSites::existing).toList();
        }
        return List.of(
                BuiltSite.build("fixture", FIXTURE_CONTENT, TEMPLATES, workDir.resolve("fixture")),
                BuiltSite.build("site", REAL_CONTENT, TEMPLATES, workDir.resolve("site")));
    }

    private static BuiltSite existing(String folder) {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(SITES_PROPERTY + ": no folder at " + dir.toAbsolutePath());
        }
        return new BuiltSite(dir.getFileName().toString(), dir);
    }
}
