package org.dozaban.cli;

import org.dozaban.content.ContentException;
import org.dozaban.scaffold.ArchiveScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dozaban init}: start a new bilingual archive. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Start a new bilingual archive in DIR that builds at once.",
            "It has content with a sample article in each language, the default templates,",
            "GitHub workflows and a contributor guide in Persian and English."})
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
    Path dir;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site will be published at (default: https://example.org/).")
    String baseUrl;

    @Option(names = "--generator", paramLabel = "OWNER/NAME", defaultValue = "",
            description = "The Dozaban source repository the workflows build (default: the repository"
                    + " variable DOZABAN_REPOSITORY).")
    String generator;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException {
        List<String> files = ArchiveScaffold.create(dir, baseUrl, generator);
        PrintWriter out = spec.commandLine().getOut();
        out.println("created " + dir + " (" + files.size() + " files)");
        out.println("next: cd " + dir + " && dozaban build && dozaban serve");
        out.flush();
        return ExitCodes.OK;
    }
}
