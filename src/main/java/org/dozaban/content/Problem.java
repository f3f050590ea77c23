package org.dozaban.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in an input file, with the place it was found and a hint on how to fix it.
 * Lines and columns are 1-based; 0 means "the whole file" or "the whole line".
 *
 * @param file     the file the problem is in
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param message  what is wrong, one sentence without a trailing full stop
 * @param hint     what to do about it, or empty
 * @param severity error or warning
 * @param rule     the rule that found it: a lint rule id, or {@link #CONTENT_RULE} for content and template errors
 * @param fix      the safe correction, or null when there is none
 */
public record Problem(Path file, int line, int column, String message, String hint, Severity severity, String rule,
        Fix fix) {

    /** The rule id of errors in the content and templates themselves, which cannot be turned off. */
    public static final String CONTENT_RULE = "content";

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        hint = hint == null ? "" : hint;
    }

    /** A content error, without a fix. */
    public Problem(Path file, int line, int column, String message, String hint) {
        this(file, line, column, message, hint, Severity.ERROR, CONTENT_RULE, null);
    }

    /** This problem with another severity, as {@code site.yaml} may set it. */
    public Problem withSeverity(Severity other) {
        return new Problem(file, line, column, message, hint, other, rule, fix);
    }

    /** Whether it is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Formats as {@code path:line:col: error: message}, then an indented hint line when there is one.
     * Problems of a lint rule end with the rule id in brackets.
     */
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
        if (!CONTENT_RULE.equals(rule)) {
            out.append(" [").append(rule).append(']');
        }
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
