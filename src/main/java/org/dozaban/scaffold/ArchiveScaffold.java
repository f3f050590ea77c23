package org.dozaban.scaffold;

import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Problem;
import org.dozaban.work.NewFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A new bilingual archive that builds at once: {@code content/} with {@code site.yaml},
 * {@code topics.yaml} and a sample article in each language, the default {@code templates/}, the
 * GitHub workflows, a README and the contributor guide in Persian and English. It is made in a hidden
 * folder beside the target and moved into place only when complete and valid.
 */
public final class ArchiveScaffold {

    private static final String GENERATOR = "@GENERATOR@";
    private static final String BASE_URL_LINE = "baseUrl: https://example.org/";
    /** In the sample translation: the day it matched its original, so that 'status' finds it current. */
    private static final String TODAY = "@TODAY@";

    private ArchiveScaffold() {
    }

    /**
     * Creates the archive in {@code dir}, which must not exist or be empty.
     *
     * @param baseUrl   the address the site will be published at, or null for the placeholder
     * @param generator the Dozaban source repository (owner/name) the workflows build, or empty
     * @return the files written, relative to {@code dir}, sorted
     * @throws ContentException when {@code dir} is not empty or the base URL is not valid
     */
    public static List<String> create(Path dir, String baseUrl, String generator) throws ContentException, IOException {
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new ContentException(new Problem(dir, 0, 0, "the folder exists and is not empty",
                    "name a new folder, or an empty one"));
        }
        Path absolute = dir.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        // made as the archive's folder would be, its permissions following the umask, since it becomes that folder
        Path staging = NewFiles.folder(absolute.getParent(), "." + absolute.getFileName() + "-");
        try {
            List<String> written = new ArrayList<>();
            written.addAll(BundledFiles.copy("archive", staging, (path, bytes) -> edit(path, bytes, baseUrl, generator)));
            written.addAll(BundledFiles.copy("templates", staging.resolve("templates"), (path, bytes) -> bytes)
                    .stream().map(path -> "templates/" + path).toList());
            written.addAll(BundledFiles.copy("guide", staging, (path, bytes) -> bytes));
            ContentLoader.load(staging.resolve("content"));
            Files.deleteIfExists(absolute);
            Files.move(staging, absolute);
            return written.stream().sorted().toList();
        } catch (ContentException e) {
            throw new ContentException(e.problems().stream().map(p -> new Problem(
                    absolute.resolve(staging.relativize(p.file().toAbsolutePath())), p.line(), p.column(),
                    p.message(), p.hint())).toList());
        } finally {
            deleteTree(staging);
        }
    }

    private static byte[] edit(String path, byte[] bytes, String baseUrl, String generator) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (path.startsWith(".github/workflows/")) {
            return text.replace(GENERATOR, generator).getBytes(StandardCharsets.UTF_8);
        }
        if (path.startsWith("content/") && text.contains(TODAY)) {
            return text.replace(TODAY, LocalDate.now(ZoneOffset.UTC).toString()).getBytes(StandardCharsets.UTF_8);
        }
        if (path.equals("content/site.yaml") && baseUrl != null) {
            return text.replace(BASE_URL_LINE, "baseUrl: \"" + baseUrl.replace("\"", "") + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
