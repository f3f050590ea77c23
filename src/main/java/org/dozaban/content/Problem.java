package org.dozaban.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One error found in an input file, with the place it was found and a hint on how to fix it.
 * Lines and columns are 1-based; 0 means "the whole file" or "the whole line".
 *
 * @param file   the file the error is in
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong, one sentence without a trailing full stop
 * @param hint   what to do about it, or empty
 */
public record Problem(Path file, int line, int column, String message, String hint) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /** Formats as {@code path:line:col: error: message}, then an indented hint line when there is one. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(file.toString().replace('\\', '/'));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": error: ").append(message);
        if (!hint.isEmpty()) {
            out.append("\n  hint: ").append(hint);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
