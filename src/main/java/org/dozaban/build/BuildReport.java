package org.dozaban.build;

import org.dozaban.content.Problem;

import java.time.Duration;
import java.util.List;

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
 * @param warnings problems found that did not stop the build
 */
public record BuildReport(int articles, int pages, int assets, int rendered, int changed, int files,
                          Duration elapsed, List<StageTiming> timings, List<Problem> warnings) {

    public BuildReport {
        timings = List.copyOf(timings);
        warnings = List.copyOf(warnings);
    }

    /** A report without warnings. */
    public BuildReport(int articles, int pages, int assets, int rendered, int changed, int files,
                       Duration elapsed, List<StageTiming> timings) {
        this(articles, pages, assets, rendered, changed, files, elapsed, timings, List.of());
    }
}
