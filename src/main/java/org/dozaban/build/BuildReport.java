package org.dozaban.build;

import java.util.List;

/**
 * Outcome of a successful build.
 *
 * @param articles articles rendered
 * @param pages    files rendered: HTML pages, feeds, the sitemap and robots.txt
 * @param assets   asset files copied
 * @param timings  each stage in the order run
 */
public record BuildReport(int articles, int pages, int assets, List<StageTiming> timings) {

    public BuildReport {
        timings = List.copyOf(timings);
    }
}
