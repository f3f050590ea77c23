package org.dozaban.build;

import org.dozaban.content.Problem;
import org.dozaban.content.LeftOut;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Outcome of a successful build.
 *
 * @param articles articles in the site
 * @param pages    files the render produced: HTML pages, feeds, the sitemap and robots.txt
 * @param assets   asset files
 * @param rendered files rendered in this build; the others were unchanged since the last one
 * @param changed  files written into or removed from the output folder
 * @param files    files the output folder holds
 * @param elapsed  the whole build
 * @param timings  each stage in the order run
 * @param leftOut  the drafts and scheduled articles left out of the site
 * @param warnings problems found that did not stop the build
 */
public record BuildReport(int articles, int pages, int assets, int rendered, int changed, int files,
                          Duration elapsed, List<StageTiming> timings, LeftOut leftOut, List<Problem> warnings) {

    public BuildReport {
        timings = List.copyOf(timings);
        warnings = List.copyOf(warnings);
    }

    /** A report without warnings. */
    public BuildReport(int articles, int pages, int assets, int rendered, int changed, int files,
                       Duration elapsed, List<StageTiming> timings, LeftOut leftOut) {
        this(articles, pages, assets, rendered, changed, files, elapsed, timings, leftOut, List.of());
    }

    /** Each stage and its time, as {@code load 12 ms, render 40 ms, ...}. */
    public String stageTimes() {
        return timings.stream()
                .map(t -> t.stage() + " " + t.duration().toMillis() + " ms")
                .collect(Collectors.joining(", "));
    }
}
