package org.dozaban.build;

import org.dozaban.content.LeftOut;

import java.util.List;

/**
 * Outcome of a successful build.
 *
 * @param articles articles rendered
 * @param pages    files rendered: HTML pages, feeds, the sitemap and robots.txt
 * @param assets   asset files copied
 * @param timings  each stage in the order run
 * @param leftOut  the drafts and scheduled articles left out of the site
 */
public record BuildReport(int articles, int pages, int assets, List<StageTiming> timings, LeftOut leftOut) {

    public BuildReport {
        timings = List.copyOf(timings);
    }
}
