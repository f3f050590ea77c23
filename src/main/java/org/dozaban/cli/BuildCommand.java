package org.dozaban.cli;

import org.dozaban.build.BuildReport;
import org.dozaban.build.Builder;
import org.dozaban.build.StageTiming;
import org.dozaban.content.ContentException;
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
        BuildReport report = Builder.build(new Builder.Options(site.content, site.templates, this.out));
        Warnings.print(report.warnings(), spec.commandLine().getErr());
        out.printf(Locale.ROOT, "built %d articles: %d pages and %d assets in %s/ (%s)%n",
                report.articles(), report.pages(), report.assets(), this.out, timings(report.timings()));
        out.flush();
        return ExitCodes.OK;
    }

    private static String timings(List<StageTiming> timings) {
        return timings.stream()
                .map(t -> String.format(Locale.ROOT, "%s %d ms", t.stage(), t.duration().toMillis()))
                .collect(Collectors.joining(", "));
    }
}
