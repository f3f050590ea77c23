package org.dozaban.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One error or warning found in an input file, with the place it was found and a hint on how to fix
 * it. Lines and columns are 1-based; 0 means "the whole file" or "the whole line". An error stops the
 * build; a warning is printed and the build goes on.
 *
 * @param file   the file the error is in
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong, one sentence without a trailing full stop
 * @param hint   what to do about it, or empty
 * @param severity whether it stops the build
 */
public record Problem(Path file, int line, int column, String message, String hint, Severity severity) {

    /** Whether a problem stops the build. */
    public enum Severity {
        ERROR, WARNING;

        String label() {
            return this == ERROR ? "error" : "warning";
        }
    }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        hint = hint == null ? "" : hint;
    }

    /** An error. */
    public Problem(Path file, int line, int column, String message, String hint) {
        this(file, line, column, message, hint, Severity.ERROR);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Formats as {@code path:line:col: error: message} (or {@code warning:}), then an indented hint line when there is one. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(file.toString().replace('\\', '/'));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity.label()).append(": ").append(message);
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
