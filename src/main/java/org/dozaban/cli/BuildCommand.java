package org.dozaban.cli;

import org.dozaban.build.BuildReport;
import org.dozaban.build.Builder;
import org.dozaban.build.StageTiming;
import org.dozaban.content.ContentException;
import org.dozaban.render.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code dozaban build}: import new seeds, then render the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Import seeds not yet imported, then render the site.",
            "The output folder is replaced only when the whole build succeeds."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Seed folder to import from first (default: ${DEFAULT-VALUE}); skipped when missing.")
    Path seeds;

    @Option(names = "--no-import", description = "Render only; do not import seeds.")
    boolean noImport;

    @Option(names = "--clean", description = "Ignore the build cache: render every page again.")
    boolean clean;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that load and render (default: one per processor); the output is the same for any N.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress line; only the summary at the end.")
    boolean quiet;

    @Mixin
    InclusionOptions inclusion;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!noImport && Files.isDirectory(seeds)) {
            int failed = Imports.run(List.of(seeds), site.content, false, spec.commandLine(), true);
            if (failed > 0) {
                spec.commandLine().getErr().println(
                        FailureHandler.errorCount(failed) + " in seeds; the site was not rendered.");
                return ExitCodes.INPUT_ERROR;
            }
        }
        Progress progress = ProgressLine.open(quiet);
        BuildReport report;
        try {
            report = Builder.build(new Builder.Options(site.content, site.templates, this.out)
                    .withThreads(Threads.count(threads, spec)).withClean(clean).withProgress(progress)
                    .withInclusion(inclusion.inclusion()).withRecordUrls(true));
        } finally {
            ProgressLine.close(progress);
        }
        Warnings.print(report.warnings(), spec.commandLine().getErr());
        out.println(summary(report, this.out));
        LeftOutLines.of(report.leftOut()).forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    /** The one-line summary: what was rendered and written, and how long it took. */
    static String summary(BuildReport report, Path out) {
        return String.format(Locale.ROOT, "built %,d articles into %s/: rendered %,d of %,d pages, %,d files changed, %.1f s (%s)",
                report.articles(), out, report.rendered(), report.pages(), report.changed(),
                report.elapsed().toMillis() / 1000.0, timings(report.timings()));
    }

    /** A stage's own stages, e.g. {@code [articles 30, lists 20]}, or nothing. */
    private static String parts(StageTiming timing) {
        if (timing.parts().isEmpty()) {
            return "";
        }
        return timing.parts().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %d", e.getKey(), e.getValue().toMillis()))
                .collect(Collectors.joining(", ", " [", "]"));
    }

    private static String timings(List<StageTiming> timings) {
        return timings.stream()
                .map(t -> String.format(Locale.ROOT, "%s %d ms", t.stage(), t.duration().toMillis()) + parts(t))
                .collect(Collectors.joining(", "));
    }
}
