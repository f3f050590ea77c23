package org.dozaban.cli;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.content.TopicsFile;
import org.dozaban.ingest.ExplainReport;
import org.dozaban.ingest.ImportResult;
import org.dozaban.ingest.Importer;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs an import and prints one line per seed. */
final class Imports {

    private Imports() {
    }

    /**
     * Fails unless {@code content} is a folder: run from the wrong place, a command would otherwise
     * start a new content folder there.
     */
    static void requireContentFolder(Path content) throws ContentException {
        if (!Files.isDirectory(content)) {
            throw new ContentException(new Problem(content, 0, 0, "the content folder does not exist",
                    "run from the site's folder, or name the folder with --content DIR"));
        }
    }

    /**
     * Prints how each seed file of {@code paths} is read, writing nothing.
     *
     * @return the exit code: 1 when a file cannot be read as an article
     */
    static int explain(List<Path> paths, Path content, CommandLine cli) throws ContentException, IOException {
        requireContentFolder(content);
        Importer importer = new Importer(content, TopicsFile.load(content.resolve("topics.yaml")));
        int failed = 0;
        for (Path seed : Importer.seeds(paths)) {
            try {
                Importer.Converted converted = importer.explain(seed);
                cli.getOut().print(ExplainReport.format(seed, converted.extraction(), converted.article()));
            } catch (ContentException e) {
                failed++;
                cli.getErr().println(e.getMessage());
            } catch (java.nio.file.NoSuchFileException e) {
                failed++;
                cli.getErr().println(new Problem(seed, 0, 0, "no such file", "check the path").format());
            }
        }
        cli.getOut().flush();
        cli.getErr().flush();
        return failed > 0 ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    }

    /**
     * Imports {@code paths} into {@code content} and reports each seed.
     *
     * @param quietSkips print nothing for seeds skipped because they were imported before
     * @return the number of seeds that failed
     */
    static int run(List<Path> paths, Path content, boolean force, CommandLine cli, boolean quietSkips)
            throws ContentException, IOException {
        requireContentFolder(content);
        Importer importer = new Importer(content, TopicsFile.load(content.resolve("topics.yaml")));
        List<ImportResult> results = importer.importPaths(paths, force);
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        int failed = 0;
        for (ImportResult result : results) {
            switch (result.status()) {
                case CREATED -> {
                    result.warnings().forEach(err::println);
                    out.println("created " + result.output() + " from " + result.seed());
                }
                case SKIPPED -> {
                    if (!quietSkips) {
                        out.println("skipped " + result.seed() + ": " + result.message());
                    }
                }
                case ERROR -> {
                    failed++;
                    err.println(result.message());
                }
            }
        }
        out.flush();
        err.flush();
        return failed;
    }
}
