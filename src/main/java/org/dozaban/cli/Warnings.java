package org.dozaban.cli;

import org.dozaban.content.Problem;

import java.io.PrintWriter;
import java.util.List;

/** Prints the warnings of a load or build that succeeded. */
final class Warnings {

    private Warnings() {
    }

    static void print(List<Problem> warnings, PrintWriter err) {
        if (warnings.isEmpty()) {
            return;
        }
        warnings.forEach(w -> err.println(w.format()));
        err.println(warnings.size() == 1 ? "1 warning." : warnings.size() + " warnings.");
        err.flush();
    }
}
