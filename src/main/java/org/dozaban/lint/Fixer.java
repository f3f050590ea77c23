package org.dozaban.lint;

import org.dozaban.content.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes of problems to a file's text. Fixes never span lines; when two overlap, the one
 * that starts first (then the one listed first) is applied and the other left for a later run.
 */
public final class Fixer {

    private Fixer() {
    }

    /**
     * The result of fixing one text.
     *
     * @param text    the fixed text
     * @param applied the problems whose fixes were applied
     */
    public record Result(String text, List<Problem> applied) {
        public Result {
            applied = List.copyOf(applied);
        }
    }

    /** {@code text} with the fixes of {@code problems} applied; problems without a fix are ignored. */
    public static Result apply(String text, List<Problem> problems) {
        String[] lines = text.split("\n", -1);
        List<Problem> applied = new ArrayList<>();
        List<Problem> fixable = problems.stream().filter(p -> p.fix() != null && p.line() >= 1
                        && p.line() <= lines.length)
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
        int index = 0;
        while (index < fixable.size()) {
            int lineNumber = fixable.get(index).line();
            List<Problem> onLine = new ArrayList<>();
            while (index < fixable.size() && fixable.get(index).line() == lineNumber) {
                onLine.add(fixable.get(index++));
            }
            lines[lineNumber - 1] = fixLine(lines[lineNumber - 1], onLine, applied);
        }
        return new Result(String.join("\n", lines), applied);
    }

    private static String fixLine(String line, List<Problem> problems, List<Problem> applied) {
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (Problem problem : problems) {
            int start = offset(line, problem.column());
            int end = offset(line, problem.fix().endColumn());
            if (start < done || start < 0 || end < start || end > line.length()) {
                continue;
            }
            out.append(line, done, start).append(problem.fix().replacement());
            done = end;
            applied.add(problem);
        }
        out.append(line.substring(done));
        return out.toString();
    }

    /** The char offset of a 1-based code point column, or -1 past the end of the line. */
    private static int offset(String line, int column) {
        int codePoints = line.codePointCount(0, line.length());
        if (column - 1 > codePoints) {
            return -1;
        }
        return line.offsetByCodePoints(0, column - 1);
    }
}
