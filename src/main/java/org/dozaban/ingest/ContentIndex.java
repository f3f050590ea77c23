package org.dozaban.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Which seed each content file was imported from, read from the {@code seed:} key of its front matter. */
final class ContentIndex {

    private static final Pattern SEED = Pattern.compile("^seed:\\s*[\"']?(.*?)[\"']?\\s*$");

    private final Map<String, Path> bySeed = new TreeMap<>();

    private ContentIndex() {
    }

    /** Reads every {@code .md} file under {@code contentDir} (none when it does not exist). */
    static ContentIndex scan(Path contentDir) throws IOException {
        ContentIndex index = new ContentIndex();
        if (!Files.isDirectory(contentDir)) {
            return index;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            seedOf(file).ifPresent(seed -> index.bySeed.putIfAbsent(seed, file));
        }
        return index;
    }

    /** The content file recorded as imported from {@code seedName}. */
    Optional<Path> fileOf(String seedName) {
        return Optional.ofNullable(bySeed.get(seedName));
    }

    /** Records that {@code file} now holds {@code seedName}. */
    void record(String seedName, Path file) {
        bySeed.put(seedName, file);
    }

    /** The {@code seed:} value in a file's front matter. */
    static Optional<String> seedOf(Path file) throws IOException {
        // Lenient decoding: a damaged content file is the loader's to report, not a reason to stop importing.
        List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Optional.empty();
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.strip().equals("---")) {
                break;
            }
            Matcher m = SEED.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
