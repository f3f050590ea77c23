package org.dozaban.content;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input has one or more errors; carries all problems found, the warnings too, sorted by
 * file and place.
 */
public final class ContentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() + " error(s)");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ContentException needs at least one problem");
        }
        this.problems = problems.stream()
                .sorted(Comparator.comparing((Problem p) -> p.file().toString())
                        .thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column))
                .toList();
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The number of problems that are errors, not warnings. */
    public int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    /** All problems formatted, one block each, separated by newlines. */
    public String report() {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }

    @Override
    public String getMessage() {
        return report();
    }
}
