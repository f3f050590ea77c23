package org.dozaban.cli;

import org.dozaban.content.ArticleFiles;
import org.dozaban.lint.ContentLint;
import org.dozaban.lint.FileFixes;
import org.dozaban.lint.LintSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dozaban fix}: apply the safe orthography fixes that {@code check} reports. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Apply the safe orthography fixes that 'check' reports.",
            "Prints them as a unified diff; writes them into the files only with --write.",
            "Front matter keys and code are never changed."})
final class FixCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Article files (default: every article in the content folder).")
    List<Path> files;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder, for site.yaml and the default files (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--write", description = "Write the fixes into the files instead of printing a diff.")
    boolean write;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LintSettings settings = LintSettings.read(content.resolve("site.yaml"));
        List<Path> targets = files == null || files.isEmpty() ? defaultFiles() : files;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int fixes = 0;
        int changedFiles = 0;
        for (Path file : targets) {
            if (!Files.isRegularFile(file)) {
                err.println(file + ": error: no such file\n  hint: name article files, such as content/fa/x.md");
                err.flush();
                return ExitCodes.FAILURE;
            }
            Optional<FileFixes> found = FileFixes.of(file, language(file), settings);
            if (found.isEmpty() || !found.get().changed()) {
                continue;
            }
            fixes += found.get().fixed().size();
            changedFiles++;
            if (write) {
                found.get().write();
                out.printf(Locale.ROOT, "fixed %s (%s)%n", file, count(found.get().fixed().size(), "change"));
            } else {
                out.print(found.get().diff());
            }
        }
        String summary = count(fixes, "fix") + " in " + count(changedFiles, "file");
        err.println(write ? summary + " written." : summary + (fixes > 0 ? "; run with --write to apply them." : "."));
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private List<Path> defaultFiles() throws Exception {
        Imports.requireContentFolder(content);
        return ArticleFiles.find(content).stream()
                .filter(file -> !ContentLint.language(content, file).isEmpty()).toList();
    }

    /** The language of an article: the name of the folder it is in. */
    private static String language(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? "" : parent.getFileName().toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("x") ? "es" : "s");
    }
}
