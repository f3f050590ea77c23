package org.dozaban.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one load, so that every error is reported at once rather than the first
 * only. Warnings are collected too; they fail nothing alone.
 */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(Path file, Place place, String message, String hint) {
        found.add(new Problem(file, place.line(), place.column(), message, hint));
    }

    void warn(Path file, Place place, String message, String hint) {
        found.add(new Problem(file, place.line(), place.column(), message, hint).withSeverity(Severity.WARNING));
    }

    void add(Problem problem) {
        found.add(problem);
    }

    /** A path as messages and hints print it: as given, with '/' on every system, like {@link Problem#format}. */
    static String display(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** Adds everything {@code others} collected, after what this holds. */
    void addAll(Problems others) {
        found.addAll(others.found);
    }

    /** The number of errors collected so far; warnings are not counted. */
    int count() {
        return (int) found.stream().filter(Problem::isError).count();
    }

    /** Everything collected, in the order found. */
    List<Problem> all() {
        return List.copyOf(found);
    }

    /** The warnings collected, in the order found. */
    List<Problem> warnings() {
        return found.stream().filter(p -> !p.isError()).toList();
    }

    /** Throws one exception carrying everything collected, warnings too, when an error was. */
    void throwIfAny() throws ContentException {
        if (count() > 0) {
            throw new ContentException(List.copyOf(found));
        }
    }
}
