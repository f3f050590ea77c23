package org.dozaban.lint;

import org.dozaban.content.Problem;
import org.dozaban.ingest.Importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The safe fixes of one article file: what {@code check} reports for it, with the site's lint settings,
 * applied to its text. A byte order mark and line ends are kept as they were.
 *
 * @param file   the article file
 * @param before its text
 * @param after  its text with the fixes applied
 * @param fixed  the problems whose fixes were applied
 */
public record FileFixes(Path file, String before, String after, List<Problem> fixed) {

    private static final String BOM = "\uFEFF";

    public FileFixes {
        fixed = List.copyOf(fixed);
    }

    /**
     * The fixes for {@code file}, an article in the folder of language {@code lang}; empty when the
     * file is not UTF-8.
     */
    public static Optional<FileFixes> of(Path file, String lang, LintSettings settings) throws IOException {
        Optional<String> text = ContentLint.read(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> problems = settings.apply(Linter.forLanguage(lang).lint(file, text.get()));
        Fixer.Result result = Fixer.apply(text.get(), problems);
        return Optional.of(new FileFixes(file, text.get(), result.text(), result.applied()));
    }

    public boolean changed() {
        return !before.equals(after);
    }

    /** The change as a unified diff, paths as given. */
    public String diff() {
        return UnifiedDiff.of(file.toString().replace('\\', '/'), before, after);
    }

    /** Writes the fixed text, through a temporary file beside it, keeping a byte order mark. */
    public void write() throws IOException {
        byte[] original = Files.readAllBytes(file);
        boolean bom = new String(original, 0, Math.min(3, original.length), StandardCharsets.UTF_8).startsWith(BOM);
        Importer.writeAtomically(file, bom ? BOM + after : after);
    }
}
