package org.dozaban.content;

import java.util.Objects;

/**
 * A safe correction of a problem: the text from the problem's line and column up to {@code endColumn}
 * (exclusive, on the same line) is replaced by {@code replacement}. Columns count code points, 1-based.
 *
 * @param endColumn   1-based column just after the replaced text
 * @param replacement the text to put there, possibly empty
 */
public record Fix(int endColumn, String replacement) {

    public Fix {
        Objects.requireNonNull(replacement, "replacement");
        if (endColumn < 1) {
            throw new IllegalArgumentException("endColumn must be at least 1, not " + endColumn);
        }
    }
}
