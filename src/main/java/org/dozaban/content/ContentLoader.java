package org.dozaban.content;

import org.dozaban.text.KeyHash;
import org.dozaban.work.Background;
import org.dozaban.work.Parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Loads and validates a content folder: {@code site.yaml}, {@code topics.yaml}, the optional
 * {@code authors.yaml} and {@code <lang>/*.md}. Collects every problem before failing.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    /** Loads the published articles of {@code contentDir}, as of now: see {@link #load(Path, Inclusion, Clock)}. */
    public static Site load(Path contentDir) throws ContentException, IOException {
        return load(contentDir, Inclusion.PUBLISHED, Clock.systemUTC());
    }

    /**
     * Loads {@code contentDir} into a {@link Site}. Drafts and articles dated after today (the
     * {@code clock}'s date in the site's time zone) are validated like every article, but kept only
     * when {@code inclusion} asks for them; the site says how many were left out. Problems name files
     * as {@code contentDir.resolve(...)}, so a relative {@code contentDir} gives relative paths.
     *
     * @throws ContentException with every problem found, each with file, line and column
     * @throws IOException      when a file cannot be read at all
     */
    public static Site load(Path contentDir, Inclusion inclusion, Clock clock) throws ContentException, IOException {
        try (Parallel parallel = new Parallel(1)) {
            return load(contentDir, inclusion, clock, parallel);
        }
    }

    /** The published articles as of now, read on {@code parallel}'s threads. */
    public static Site load(Path contentDir, Parallel parallel) throws ContentException, IOException {
        return load(contentDir, Inclusion.PUBLISHED, Clock.systemUTC(), parallel);
    }

    /**
     * {@link #load(Path, Inclusion, Clock)}, reading the article files on {@code parallel}'s threads.
     * Problems are reported in file order whatever the thread count. The articles keep their metadata
     * only: each body is read again from its file when rendered.
     */
    public static Site load(Path contentDir, Inclusion inclusion, Clock clock, Parallel parallel)
            throws ContentException, IOException {
        return load(contentDir, inclusion, clock, parallel, warning -> { });
    }

    /**
     * {@link #load(Path, Inclusion, Clock, Parallel)}, giving each warning to {@code warnings} when the
     * content has no error; with errors, the warnings are in the exception with them.
     */
    public static Site load(Path contentDir, Inclusion inclusion, Clock clock, Parallel parallel,
                            Consumer<Problem> warnings) throws ContentException, IOException {
        return load(contentDir, inclusion, clock, parallel, warnings, ArticleCache.NONE);
    }

    /**
     * {@link #load(Path, Inclusion, Clock, Parallel, Consumer)}, taking from {@code cache} the articles of
     * files unchanged since it kept them, and keeping there what this load reads. The site is the same
     * with or without a cache.
     */
    public static Site load(Path contentDir, Inclusion inclusion, Clock clock, Parallel parallel,
                            Consumer<Problem> warnings, ArticleCache cache) throws ContentException, IOException {
        Problems problems = new Problems();
        if (!Files.isDirectory(contentDir)) {
            problems.add(contentDir, Place.FILE, "the content folder does not exist",
                    "give the folder that holds site.yaml, topics.yaml and the language folders");
            problems.throwIfAny();
        }
        // the address ledger read meanwhile on a thread of its own, its problems kept apart and reported in
        // their place: this one goes on with the site files and the walk of the content folder
        Path ledgerFile = contentDir.resolve(UrlLedgerFile.NAME);
        Problems ledgerProblems = new Problems();
        Background<UrlLedgerFile.Read> ledgerRead = Background.start("address ledger",
                () -> UrlLedgerFile.read(ledgerFile, ledgerProblems));
        Optional<SiteConfig> config = SiteConfigFile.read(contentDir.resolve("site.yaml"), problems);
        Path topicsFile = contentDir.resolve("topics.yaml");
        Optional<List<Topic>> topics = TopicsFile.read(topicsFile, problems);
        List<String> languages = config.map(SiteConfig::languages).orElse(SiteConfig.SUPPORTED_LANGUAGES);
        Optional<Set<String>> topicKeys = topics.map(list -> list.stream().map(Topic::key).collect(Collectors.toSet()));
        boolean nativeSlugs = config.map(SiteConfig::nativeSlugs).orElse(false);
        boolean allowExternal = config.map(SiteConfig::allowExternalSymlinks).orElse(false);
        Optional<People> people = AuthorsFile.read(contentDir.resolve(AuthorsFile.NAME), nativeSlugs, problems);
        // the folder however it is named: relative, absolute or through a link
        cache.begin(contentDir, String.join("\n", contentDir.toRealPath().toString(), languages.toString(),
                topicKeys.map(keys -> new TreeSet<>(keys).toString()).orElse("no topics"),
                "nativeSlugs=" + nativeSlugs, "allowExternalSymlinks=" + allowExternal));
        List<FileReading> readings = readAll(parallel, ArticleFiles.find(contentDir, allowExternal, problems), found -> {
            Path file = found.path();
            Problems fileProblems = new Problems();
            // an article kept was read from a file placed as this one, in a folder of the same languages
            Optional<ArticleCache.Stamp> stamp = cache.stamp(file, found.attributes());
            Optional<LoadedArticle> cached = cache.find(file, stamp);
            if (cached.isPresent()) {
                return new FileReading(cached, fileProblems);
            }
            Optional<ArticleFiles.Location> location = ArticleFiles.locate(contentDir, file, languages, fileProblems);
            if (location.isEmpty()) {
                return new FileReading(Optional.empty(), fileProblems);
            }
            Optional<LoadedArticle> article = new ArticleReader(topicKeys, topicsFile, fileProblems, nativeSlugs)
                    .read(file, location.get()).map(LoadedArticle::withoutBody);
            if (article.isPresent() && fileProblems.all().isEmpty()) {
                cache.keep(file, stamp, article.get());
            }
            return new FileReading(article, fileProblems);
        });
        List<LoadedArticle> articles = new ArrayList<>();
        for (FileReading reading : readings) {
            problems.addAll(reading.problems());
            reading.article().ifPresent(articles::add);
        }
        if (!nativeSlugs) {
            articles = TranslationSlugs.apply(articles);
        }
        UniqueKeys.check(articles, problems);
        UrlLedgerFile.Read ledger = ledgerRead.join();
        problems.addAll(ledgerProblems);
        UrlHistory.check(articles, ledger, ledgerFile, problems);
        if (config.isPresent() && topicKeys.isPresent()) {
            MenuTargets.check(contentDir.resolve("site.yaml"), config.get(),
                    articles.stream().map(LoadedArticle::article).filter(Article::standalone).toList(),
                    topicKeys.get(), problems);
        }
        problems.throwIfAny();
        problems.warnings().forEach(warnings);
        SiteConfig siteConfig = config.orElseThrow();
        Schedule.Selected selected = new Schedule(inclusion, clock, siteConfig.timeZone())
                .select(articles.stream().map(LoadedArticle::article).filter(a -> !a.standalone()).toList());
        List<Article> pages = articles.stream().map(LoadedArticle::article)
                .filter(a -> a.standalone() && !a.draft()).toList();
        return new Site(siteConfig, topics.orElseThrow(), selected.articles(), selected.leftOut(), pages,
                ledger.ledger(), people.orElseThrow());
    }

    /**
     * The problems of an article file before it is written, as {@link #load} would find them in it
     * alone (topics are not checked against a vocabulary).
     *
     * @param text the file's text, with {@code \n} line ends
     */
    public static List<Problem> checkArticle(Path file, String lang, String text) {
        Problems problems = new Problems();
        try {
            new ArticleReader(Optional.empty(), file, problems).read(file, new ArticleFiles.Location(lang, null, false),
                    Optional.of(text), KeyHash.of(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // only a page bundle's folder is read besides the text, and a single file has none
            throw new UncheckedIOException(e);
        }
        return problems.all();
    }

    /**
     * Reads one article file of {@code contentDir}, draft or not, with its language from its folder.
     * Topics are not checked against the topic list.
     *
     * @throws ContentException when the file is not in a language folder or its front matter has problems
     */
    public static Article readArticle(Path contentDir, Path file) throws ContentException, IOException {
        if (contentDir.isAbsolute() != file.isAbsolute()) {
            // one path relative and one absolute cannot be compared; the file keeps its name as given
            contentDir = file.isAbsolute() ? contentDir.toAbsolutePath() : Path.of("").toAbsolutePath()
                    .relativize(contentDir.toAbsolutePath());
        }
        Problems problems = new Problems();
        Optional<ArticleFiles.Location> lang = ArticleFiles.locate(contentDir, file, SiteConfig.SUPPORTED_LANGUAGES,
                problems);
        Optional<LoadedArticle> article = Optional.empty();
        if (lang.isPresent()) {
            // the site's slug setting, when its configuration can be read; its problems are check's to report
            boolean nativeSlugs = SiteConfigFile.read(contentDir.resolve("site.yaml"), new Problems())
                    .map(SiteConfig::nativeSlugs).orElse(false);
            article = new ArticleReader(Optional.empty(), contentDir.resolve("topics.yaml"), problems, nativeSlugs)
                    .read(file, lang.get());
        }
        problems.throwIfAny();
        return article.orElseThrow().article();
    }

    /**
     * {@code old}, an article of {@code site}, read again from its file as {@link #load} would read it now,
     * when the file changed at most in its title, summary and body (see {@link Article#samePlaceAs}): then
     * the rest of the site is as it was, and only what shows those changes needs to be made again. The
     * article keeps its body.
     *
     * @return the article read again, or empty when it changed in anything else, or when it has errors (a
     *         whole load reports them, and its warnings)
     */
    public static Optional<Article> reread(Site site, Path contentDir, Article old) throws IOException {
        Problems problems = new Problems();
        Optional<ArticleFiles.Location> location = ArticleFiles.locate(contentDir, old.file(),
                site.config().languages(), problems);
        if (location.isEmpty()) {
            return Optional.empty();
        }
        Set<String> topicKeys = site.topics().stream().map(Topic::key).collect(Collectors.toSet());
        boolean nativeSlugs = site.config().nativeSlugs();
        Optional<LoadedArticle> read = new ArticleReader(Optional.of(topicKeys), contentDir.resolve("topics.yaml"),
                problems, nativeSlugs).read(old.file(), location.get());
        if (read.isEmpty() || problems.count() > 0) {
            return Optional.empty();
        }
        LoadedArticle loaded = nativeSlugs ? read.get() : TranslationSlugs.within(read.get(), site.translations(old));
        return Optional.of(loaded.article()).filter(old::samePlaceAs);
    }

    /** One article file as read: the article, when its front matter could be read, and its problems. */
    private record FileReading(Optional<LoadedArticle> article, Problems problems) {
    }

    private static List<FileReading> readAll(Parallel parallel, List<ArticleFiles.Found> files,
                                             Parallel.Work<ArticleFiles.Found, FileReading> read)
            throws IOException {
        try {
            return parallel.map(files, read);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
