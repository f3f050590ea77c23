package org.dozaban.lint;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One orthography rule, as read from the rule data.
 *
 * @param id                 stable id, used in reports and in {@code site.yaml}
 * @param pattern            what it finds
 * @param correction         what it puts instead
 * @param exceptions         matches that are one of these words are not problems
 * @param persianLinesOnly   whether it looks only at Persian lines (with Persian letters, not Arabic)
 * @param message            what is wrong
 * @param hint               what to do
 */
public record Rule(String id, Pattern pattern, Correction correction, Set<String> exceptions,
        boolean persianLinesOnly, String message, String hint) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(correction, "correction");
        exceptions = Set.copyOf(exceptions);
    }
}
