package org.dozaban.lint;

import org.dozaban.content.ArticleFiles;
import org.dozaban.content.Problem;
import org.dozaban.text.StrictUtf8;
import org.dozaban.work.Parallel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lints the articles of a content folder, with the settings of its {@code site.yaml}. */
public final class ContentLint {

    private ContentLint() {
    }

    /**
     * The lint findings of every article under {@code contentDir} (files in a folder named after a
     * language with rules), with {@code settings} applied, and the settings' own problems; files are
     * linted on the threads of {@code parallel}, the result in file order.
     */
    public static List<Problem> run(Path contentDir, LintSettings settings, Parallel parallel) throws IOException {
        List<Problem> found = new ArrayList<>(settings.problems());
        if (!Files.isDirectory(contentDir)) {
            return found;
        }
        List<List<Problem>> perFile;
        try {
            perFile = parallel.map(ArticleFiles.find(contentDir),
                    file -> settings.apply(lintFile(file, language(contentDir, file))));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        perFile.forEach(found::addAll);
        return found;
    }

    /** The findings in one file, as warnings, for the language named; none when it is not UTF-8. */
    public static List<Problem> lintFile(Path file, String lang) throws IOException {
        Optional<String> text = read(file);
        if (text.isEmpty() || lang.isEmpty()) {
            return List.of();
        }
        try {
            return Linter.forLanguage(lang).lint(file, text.get());
        } catch (StackOverflowError e) {
            // a body the Markdown parser cannot read; the loader reports it with its place
            return List.of();
        }
    }

    /** The language folder of an article file, or empty when it is not directly in one. */
    public static String language(Path contentDir, Path file) {
        Path relative = contentDir.relativize(file);
        return relative.getNameCount() == 2 ? relative.getName(0).toString() : "";
    }

    /** The file's text with a leading byte order mark dropped, or empty when it is not UTF-8. */
    static Optional<String> read(Path file) throws IOException {
        // when it is not UTF-8, the content loader reports where it stops being so
        return Optional.ofNullable(StrictUtf8.decode(Files.readAllBytes(file)).text());
    }
}
