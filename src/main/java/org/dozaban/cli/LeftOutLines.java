package org.dozaban.cli;

import org.dozaban.content.LeftOut;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Says how many articles a build left out and why, one line per reason; nothing when none were. */
final class LeftOutLines {

    private LeftOutLines() {
    }

    static List<String> of(LeftOut leftOut) {
        List<String> lines = new ArrayList<>();
        if (leftOut.drafts() > 0) {
            lines.add(String.format(Locale.ROOT, "left out %s (--drafts includes them)",
                    count(leftOut.drafts(), "draft", "drafts")));
        }
        if (leftOut.future() > 0) {
            lines.add(String.format(Locale.ROOT,
                    "left out %s dated after today, %s in %s: each appears with the first build on or after its date"
                            + " (--future includes them now)",
                    count(leftOut.future(), "article", "articles"), leftOut.today(), leftOut.timeZone().getId()));
        }
        return lines;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
