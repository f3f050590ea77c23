package org.dozaban.build;

import org.dozaban.content.Problem;

import java.util.List;

/**
 * Outcome of a successful build.
 *
 * @param articles articles rendered
 * @param pages    files rendered: HTML pages, feeds, the sitemap and robots.txt
 * @param assets   asset files copied
 * @param timings  each stage in the order run
 * @param warnings problems found that did not stop the build
 */
public record BuildReport(int articles, int pages, int assets, List<StageTiming> timings, List<Problem> warnings) {

    public BuildReport {
        timings = List.copyOf(timings);
        warnings = List.copyOf(warnings);
    }

    /** A report without warnings. */
    public BuildReport(int articles, int pages, int assets, List<StageTiming> timings) {
        this(articles, pages, assets, timings, List.of());
    }
}
