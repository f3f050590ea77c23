package org.dozaban.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the content folder already holds, read from front matter: which seed each file was imported from
 * ({@code seed:}), and the slugs and translation keys each language uses ({@code slug:} or the file name,
 * {@code translationKey:}).
 */
final class ContentIndex {

    private static final Pattern SEED = Pattern.compile("^seed:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern SLUG = Pattern.compile("^slug:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern KEY = Pattern.compile("^translationKey:\\s*[\"']?(.*?)[\"']?\\s*$");

    private final Map<String, Path> bySeed = new TreeMap<>();
    /** "lang/value" for every slug and translation key in use. */
    private final Set<String> taken = new HashSet<>();

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
            List<String> front = frontMatter(file);
            String lang = file.getParent().getFileName().toString();
            value(front, SEED).ifPresent(seed -> index.bySeed.putIfAbsent(seed, file));
            index.taken.add(lang + "/" + value(front, SLUG).orElse(file.getFileName().toString().replaceFirst("\\.md$", "")));
            value(front, KEY).ifPresent(key -> index.taken.add(lang + "/" + key));
        }
        return index;
    }

    /** The content file recorded as imported from {@code seedName}. */
    Optional<Path> fileOf(String seedName) {
        return Optional.ofNullable(bySeed.get(seedName));
    }

    /** Whether {@code value} is a slug or a translation key of some article of {@code lang}. */
    boolean taken(String lang, String value) {
        return taken.contains(lang + "/" + value);
    }

    /** Records that {@code file} now holds {@code seedName}, with its slug and translation key. */
    void record(String seedName, Path file, String lang, String slug, String translationKey) {
        bySeed.put(seedName, file);
        taken.add(lang + "/" + slug);
        taken.add(lang + "/" + translationKey);
    }

    private static Optional<String> value(List<String> front, Pattern key) {
        for (String line : front) {
            Matcher m = key.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The front matter lines of a file, empty when it has none. */
    private static List<String> frontMatter(Path file) throws IOException {
        // Lenient decoding: a damaged content file is the loader's to report, not a reason to stop importing.
        List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return List.of();
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        return lines.subList(1, end);
    }
}
