package org.dozaban.cli;

import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.dozaban.status.ChangeHistory;
import org.dozaban.status.LanguageStatus;
import org.dozaban.status.StatusReport;
import org.dozaban.status.TranslationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dozaban status}: which articles lack a translation or have an outdated one. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show which articles lack a translation or have an outdated one.",
            "Per language: articles with no translation, translations older than a change to their original",
            "(git history, else the 'translated:' date), and translations whose topics differ."})
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format \"" + format + "\": use text or json");
        }
        Site site = ContentLoader.load(content);
        List<LanguageStatus> languages = new TranslationStatus(site, ChangeHistory.read(content)).languages();
        spec.commandLine().getOut().print(format.equals("json") ? StatusReport.json(languages)
                : StatusReport.text(languages));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
