package org.dozaban.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the Markdown files of a content folder and the language each belongs to. Every {@code .md}
 * file must sit directly in a folder named after a site language; one anywhere else is reported, since
 * it would otherwise silently never be published.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** Every {@code .md} file below {@code contentDir}, hidden folders skipped, sorted by path. */
    public static List<Path> find(Path contentDir) throws IOException {
        try (Stream<Path> paths = Files.walk(contentDir)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .filter(p -> !isHidden(contentDir.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    /** The language of an article file, from its folder, or empty after reporting a misplaced file. */
    static Optional<String> language(Path contentDir, Path file, List<String> languages, Problems problems) {
        Path relative = contentDir.relativize(file);
        String folders = String.join(", ", languages.stream()
                .map(lang -> Problems.display(contentDir.resolve(lang)) + "/").toList());
        if (relative.getNameCount() == 1) {
            problems.add(file, Place.FILE, "the article is not in a language folder",
                    "move it into the folder of its language: " + folders);
            return Optional.empty();
        }
        String folder = relative.getName(0).toString();
        if (!languages.contains(folder)) {
            problems.add(file, Place.FILE, "\"" + folder + "\" is not a language of this site",
                    Suggestions.hint(folder, languages, "site languages")
                            + "; move the file into the folder of its language: " + folders);
            return Optional.empty();
        }
        if (relative.getNameCount() > 2) {
            problems.add(file, Place.FILE, "the article is in a subfolder of a language folder",
                    "move it directly into " + Problems.display(contentDir.resolve(folder)) + "/");
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
