package org.dozaban.cli;

import org.dozaban.content.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dozaban import}: turn seed files into content Markdown. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import raw article text into content/<lang>/<slug>.md.",
            "Seeds already imported (named in some article's 'seed:') are skipped; --force imports them again, but",
            "never over an article edited since it was imported (its importHash no longer matches)."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Seed files or folders of seeds (default: seeds).")
    List<Path> paths;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--force", description = "Import again seeds that were imported before.")
    boolean force;

    @Option(names = "--explain", description = "Print each block of the files with its role, score and the "
            + "features that decided it, and the article found; write nothing.")
    boolean explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException {
        List<Path> targets = paths == null || paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
        if (explain) {
            return Imports.explain(targets, content, spec.commandLine());
        }
        int failed = Imports.run(targets, content, force, spec.commandLine(), false);
        if (failed > 0) {
            spec.commandLine().getErr().println(FailureHandler.errorCount(failed) + " in seeds.");
            return ExitCodes.INPUT_ERROR;
        }
        return ExitCodes.OK;
    }
}
