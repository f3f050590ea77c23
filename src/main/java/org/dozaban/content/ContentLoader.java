package org.dozaban.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Loads and validates a content folder: {@code site.yaml}, {@code topics.yaml} and
 * {@code <lang>/*.md}. Collects every problem before failing.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    /**
     * Loads {@code contentDir} into a {@link Site}. Drafts are validated like every article but left
     * out of the site. Problems name files as {@code contentDir.resolve(...)}, so a relative
     * {@code contentDir} gives relative paths.
     *
     * @throws ContentException with every problem found, each with file, line and column
     * @throws IOException      when a file cannot be read at all
     */
    public static Site load(Path contentDir) throws ContentException, IOException {
        return load(contentDir, warning -> { });
    }

    /**
     * The problems of an article file before it is written, as {@link #load} would find them in it
     * alone (topics are not checked against a vocabulary).
     *
     * @param text the file's text, with {@code \n} line ends
     */
    public static List<Problem> checkArticle(Path file, String lang, String text) {
        Problems problems = new Problems();
        new ArticleReader(Optional.empty(), file, problems).read(file, lang, Optional.of(text));
        return problems.all();
    }

    /**
     * Like {@link #load(Path)}, giving each warning to {@code warnings} when the content has no error;
     * with errors, the warnings are in the exception with them.
     */
    public static Site load(Path contentDir, Consumer<Problem> warnings) throws ContentException, IOException {
        Problems problems = new Problems();
        if (!Files.isDirectory(contentDir)) {
            problems.add(contentDir, Place.FILE, "the content folder does not exist",
                    "give the folder that holds site.yaml, topics.yaml and the language folders");
            problems.throwIfAny();
        }
        Optional<SiteConfig> config = SiteConfigFile.read(contentDir.resolve("site.yaml"), problems);
        Path topicsFile = contentDir.resolve("topics.yaml");
        Optional<List<Topic>> topics = TopicsFile.read(topicsFile, problems);
        List<String> languages = config.map(SiteConfig::languages).orElse(SiteConfig.SUPPORTED_LANGUAGES);
        Optional<Set<String>> topicKeys = topics.map(list -> list.stream().map(Topic::key).collect(Collectors.toSet()));
        ArticleReader reader = new ArticleReader(topicKeys, topicsFile, problems);
        List<LoadedArticle> articles = new ArrayList<>();
        boolean allowExternal = config.map(SiteConfig::allowExternalSymlinks).orElse(false);
        for (Path file : ArticleFiles.find(contentDir, allowExternal, problems)) {
            Optional<String> lang = ArticleFiles.language(contentDir, file, languages, problems);
            if (lang.isPresent()) {
                reader.read(file, lang.get()).ifPresent(articles::add);
            }
        }
        UniqueKeys.check(articles, problems);
        problems.throwIfAny();
        problems.warnings().forEach(warnings);
        return new Site(config.orElseThrow(), topics.orElseThrow(),
                articles.stream().map(LoadedArticle::article).filter(a -> !a.draft()).toList());
    }
}
