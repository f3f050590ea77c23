package org.dozaban.cli;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Problem;
import org.dozaban.content.SiteConfig;
import org.dozaban.content.SiteConfigFile;
import org.dozaban.content.Topic;
import org.dozaban.content.TopicsFile;
import org.dozaban.lint.ContentLint;
import org.dozaban.lint.LintSettings;
import org.dozaban.scaffold.NewArticle;
import org.dozaban.text.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dozaban new}: start a new article, or the translation of one, with its front matter. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Start a new article or translation as a draft in content/<lang>/<slug>.md.",
            "Every front matter key is explained in it; prints its path and its URL.",
            "With --translation-of, LANG may be left out: it is then the other language."})
final class NewCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "[LANG] TITLE",
            description = "Language (fa or en), then the article's title.")
    List<String> words;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--slug", paramLabel = "SLUG",
            description = "URL segment and file name (default: the title transliterated).")
    String slug;

    @Option(names = "--date", paramLabel = "yyyy-mm-dd",
            description = "Date (default: the original's for a translation, else today).")
    LocalDate date;

    @Option(names = "--translation-of", paramLabel = "FILE",
            description = "The original article: its translationKey and topics are copied.")
    Path original;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException {
        Imports.requireContentFolder(content);
        SiteConfig config = SiteConfigFile.load(content.resolve("site.yaml"));
        Article source = original == null ? null : ContentLoader.readArticle(content, original);
        String lang = language(config, source);
        String title = String.join(" ", words.subList(words.get(0).equals(lang) ? 1 : 0, words.size())).strip();
        if (title.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give the article's title after the language");
        }
        String fileSlug = slug != null ? slug : Slugs.slugify(title).isEmpty() ? "article" : Slugs.slugify(title);
        Path file = content.resolve(lang).resolve(fileSlug + ".md");
        if (Files.exists(file)) {
            throw new ContentException(new Problem(file, 0, 0, "the file already exists",
                    "choose another title, or give another slug with --slug"));
        }
        // today in the site's time zone, so that the draft is not dated after the day builds take as today
        LocalDate today = LocalDate.now(config.timeZone());
        LocalDate day = date != null ? date : source != null && source.date() != null ? source.date() : today;
        NewArticle article = new NewArticle(title, day, slug,
                source == null ? fileSlug : translationKey(source),
                source == null ? List.of() : source.topics(), source == null ? null : today);
        List<String> topics = TopicsFile.load(content.resolve("topics.yaml")).stream().map(Topic::key).toList();
        Files.createDirectories(file.getParent());
        Files.writeString(file, article.text(topics), StandardCharsets.UTF_8);
        refuseWhatCheckRefuses(file);
        Article written = ContentLoader.readArticle(content, file);
        spec.commandLine().getOut().println("created " + file);
        spec.commandLine().getOut().println("url: " + config.baseUrl() + written.urlPath());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private String language(SiteConfig config, Article source) {
        String first = words.get(0);
        if (config.languages().contains(first) && (words.size() > 1 || source == null)) {
            if (source != null && source.lang().equals(first)) {
                throw new ParameterException(spec.commandLine(), "the original is in \"" + first
                        + "\" already: give the language of the translation");
            }
            return first;
        }
        if (source == null) {
            throw new ParameterException(spec.commandLine(), "unknown language \"" + first + "\": use "
                    + String.join(" or ", config.languages()));
        }
        return config.languages().stream().filter(l -> !l.equals(source.lang())).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "the site has one language"));
    }

    private String translationKey(Article source) throws ContentException {
        if (source.translationKey() == null) {
            throw new ContentException(new Problem(source.file(), 1, 1, "the original has no translationKey",
                    "add a line such as: translationKey: " + source.slug()
                            + " to its front matter, then run the command again"));
        }
        return source.translationKey();
    }

    /** Removes the new file again when the content check or an error-level lint rule refuses it. */
    private void refuseWhatCheckRefuses(Path file) throws ContentException, IOException {
        List<Problem> refused = new ArrayList<>();
        try {
            ContentLoader.load(content);
        } catch (ContentException e) {
            String name = file.toString().replace('\\', '/');
            e.problems().stream().filter(p -> p.file().equals(file) || p.message().contains(name))
                    .forEach(refused::add);
        }
        LintSettings settings = LintSettings.read(content.resolve("site.yaml"));
        settings.apply(ContentLint.lintFile(file, ContentLint.language(content, file))).stream()
                .filter(Problem::isError).forEach(refused::add);
        if (!refused.isEmpty()) {
            Files.delete(file);
            throw new ContentException(refused);
        }
    }
}
