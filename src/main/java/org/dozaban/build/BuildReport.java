package org.dozaban.build;

import java.util.List;

/**
 * Outcome of a successful build.
 *
 * @param articles articles rendered
 * @param pages    HTML pages written
 * @param assets   asset files copied
 * @param timings  each stage in the order run
 */
public record BuildReport(int articles, int pages, int assets, List<StageTiming> timings) {

    public BuildReport {
        timings = List.copyOf(timings);
    }
}
