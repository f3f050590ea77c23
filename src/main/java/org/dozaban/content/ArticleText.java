package org.dozaban.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads an article's Markdown body again from its file, for articles loaded without their bodies. */
final class ArticleText {

    private ArticleText() {
    }

    /**
     * The body of {@code file}, as the loader split and cleaned it. The file was read and checked at load; one that
     * has become unreadable or invalid since gives an empty body rather than half of one.
     *
     * @throws UncheckedIOException when the file cannot be read any more
     */
    static String body(Path file) {
        Problems ignored = new Problems();
        try {
            return TextFile.read(file, ignored)
                    .flatMap(text -> FrontMatter.split(file, text, ignored))
                    .map(fm -> BodyText.withoutControlCharacters(file, fm.body(), fm.bodyLine(), ignored))
                    .orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " again: " + e.getMessage(), e);
        }
    }
}
