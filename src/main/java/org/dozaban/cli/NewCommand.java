package org.dozaban.cli;

import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Problem;
import org.dozaban.content.SiteConfig;
import org.dozaban.text.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dozaban new}: start a new article file with front matter. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create content/<lang>/<slug>.md for a new article, as a draft dated today.")
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LANG", description = "Language: fa or en.")
    String lang;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TITLE", description = "The article's title.")
    String[] title;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException {
        if (!SiteConfig.SUPPORTED_LANGUAGES.contains(lang)) {
            spec.commandLine().getErr().println("error: unknown language \"" + lang + "\"\n  hint: use "
                    + String.join(" or ", SiteConfig.SUPPORTED_LANGUAGES) + ".");
            return ExitCodes.USAGE;
        }
        Imports.requireContentFolder(content);
        String fullTitle = String.join(" ", title).strip();
        String slug = Slugs.slugify(fullTitle);
        if (slug.isEmpty()) {
            slug = "article";
        }
        Path file = content.resolve(lang).resolve(slug + ".md");
        if (Files.exists(file)) {
            spec.commandLine().getErr().println("error: " + file + " already exists\n  hint: choose another title.");
            return ExitCodes.INPUT_ERROR;
        }
        String text = "---\ntitle: \"" + fullTitle.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "date: " + LocalDate.now() + "\ndraft: true\n---\n\n";
        List<Problem> problems = ContentLoader.checkArticle(file, lang, text);
        if (problems.stream().anyMatch(Problem::isError)) {
            // the same errors 'check' would give for the file, so nothing is written
            throw new ContentException(problems);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("created " + file);
        return ExitCodes.OK;
    }
}
