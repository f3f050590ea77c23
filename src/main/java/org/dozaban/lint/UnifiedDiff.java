package org.dozaban.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A unified diff of two versions of a file that have the same number of lines (fixes change lines in
 * place), with three lines of context, as {@code diff -u} and {@code git apply} read it.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after}, labelled {@code a/name} and {@code b/name}; empty when equal. */
    public static String of(String name, String before, String after) {
        String[] old = before.split("\n", -1);
        String[] now = after.split("\n", -1);
        if (old.length != now.length) {
            throw new IllegalArgumentException("the versions must have the same number of lines");
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < old.length; i++) {
            if (!old[i].equals(now[i])) {
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return "";
        }
        // a final empty "line" after the last newline is not a line of the file
        int lines = before.endsWith("\n") ? old.length - 1 : old.length;
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        int k = 0;
        while (k < changed.size()) {
            int first = Math.max(0, changed.get(k) - CONTEXT);
            int last = Math.min(lines - 1, changed.get(k) + CONTEXT);
            int next = k + 1;
            while (next < changed.size() && changed.get(next) - CONTEXT <= last + 1) {
                last = Math.min(lines - 1, changed.get(next) + CONTEXT);
                next++;
            }
            int count = last - first + 1;
            out.append(String.format(Locale.ROOT, "@@ -%d,%d +%d,%d @@\n", first + 1, count, first + 1, count));
            int i = first;
            while (i <= last) {
                if (old[i].equals(now[i])) {
                    out.append(' ').append(old[i]).append('\n');
                    i++;
                    continue;
                }
                int run = i;
                while (run <= last && !old[run].equals(now[run])) {
                    out.append('-').append(old[run++]).append('\n');
                }
                for (int j = i; j < run; j++) {
                    out.append('+').append(now[j]).append('\n');
                }
                i = run;
            }
            k = next;
        }
        return out.toString();
    }
}
