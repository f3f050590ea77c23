package org.dozaban.cli;

import org.dozaban.build.Checker;
import org.dozaban.report.ReportFormat;
import org.dozaban.work.Parallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dozaban check}: validate content and templates and lint the articles, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate content and templates and lint the articles' orthography; write nothing.",
            "Prints every error and warning with path:line:col; exits 1 when there is an error."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people), github (workflow commands that annotate a pull request)"
                    + " or json (one document; see CONTRIBUTING.md). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that load and render (default: one per processor).")
    Integer threads;

    @Mixin
    InclusionOptions inclusion;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ReportFormat chosen = Formats.parse(format, spec.commandLine());
        Checker.Result result;
        try (Parallel parallel = new Parallel(Threads.count(threads, spec))) {
            result = Checker.check(site.content, site.templates, inclusion.inclusion(), parallel);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String summary = summary(result);
        PrintWriter said;
        if (chosen == ReportFormat.TEXT) {
            err.print(chosen.render(result.problems()));
            said = result.errors() > 0 ? err : out;
        } else {
            out.print(chosen.render(result.problems()));
            said = err;
        }
        said.println(summary);
        if (result.leftOut() != null) {
            LeftOutLines.of(result.leftOut()).forEach(said::println);
        }
        out.flush();
        err.flush();
        return result.errors() > 0 ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    }

    private static String summary(Checker.Result result) {
        String warnings = result.warnings() == 1 ? "1 warning" : result.warnings() + " warnings";
        if (result.errors() > 0) {
            return FailureHandler.errorCount((int) result.errors()) + ", " + warnings + "; nothing was written.";
        }
        return String.format(Locale.ROOT, "ok: %d articles, %d pages, %s", result.articles(), result.pages(), warnings);
    }
}
