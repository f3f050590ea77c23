package org.dozaban.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one load, so that every error is reported at once rather than the first only. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(Path file, Place place, String message, String hint) {
        found.add(new Problem(file, place.line(), place.column(), message, hint));
    }

    /** A path as messages and hints print it: as given, with '/' on every system, like {@link Problem#format}. */
    static String display(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** Adds everything {@code others} collected, after what this holds. */
    void addAll(Problems others) {
        found.addAll(others.found);
    }

    int count() {
        return found.size();
    }

    /** Throws one exception carrying everything collected, when anything was. */
    void throwIfAny() throws ContentException {
        if (!found.isEmpty()) {
            throw new ContentException(List.copyOf(found));
        }
    }
}
