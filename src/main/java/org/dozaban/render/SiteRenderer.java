package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.content.Site;
import org.dozaban.markdown.Markdown;
import org.dozaban.text.Language;
import org.dozaban.work.Parallel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a {@link Site} with the Pebble templates of a template folder. Pages are rendered on several
 * threads and handed to a {@link PageSink} one by one as they are done, so no render holds all pages, or
 * all article bodies, in memory. A page whose key the sink already has is not rendered at all.
 */
public final class SiteRenderer {

    static final String NOT_FOUND = "404.html";

    private final Path templatesDir;
    private final Templates templates;
    private final Markdown markdown;

    /** Builds the Pebble engine once, over {@code templatesDir}. */
    public SiteRenderer(Path templatesDir) {
        this.templatesDir = templatesDir;
        this.templates = new Templates(templatesDir);
        this.markdown = new Markdown();
    }

    /**
     * Every output file of the site, sorted by path: the HTML pages, an Atom feed per language with
     * dated articles, {@code sitemap.xml} and {@code robots.txt}. Asset files are not included: they
     * are copied from {@code templates/assets/} when publishing. Holds everything in memory: for tests
     * and small sites.
     *
     * @throws ContentException for template errors, with template file, line and column
     */
    public List<Page> render(Site site) throws ContentException {
        Map<String, String> files = new ConcurrentHashMap<>();
        PageSink collect = new PageSink() {
            @Override
            public boolean unchanged(String path, String key, String inputs) {
                return false;
            }

            @Override
            public void write(String path, String key, String inputs, String content) {
                files.put(path, content);
            }
        };
        try (Parallel parallel = new Parallel(1)) {
            render(site, collect, BodyStore.NONE, parallel, Progress.NONE);
        } catch (IOException e) {
            throw new IllegalStateException("a sink in memory cannot fail", e);
        }
        return files.entrySet().stream().map(e -> new Page(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Page::path)).toList();
    }

    /**
     * Renders the site into {@code sink}: the article pages first, then the lists, feeds, sitemap and
     * {@code robots.txt}. Every kind of page is rendered even after one fails, so that every broken
     * template is reported.
     *
     * @return how many files the site has, and how many of them were rendered rather than kept
     * @throws ContentException for template errors, with template file, line and column
     * @throws IOException      when the sink cannot write
     */
    public Outcome render(Site site, PageSink sink, BodyStore store, Parallel parallel, Progress progress)
            throws ContentException, IOException {
        if (!Files.isDirectory(templatesDir)) {
            // one error for the folder, rather than one for each file it should hold
            throw new ContentException(new Problem(templatesDir, 0, 0, "the template folder does not exist",
                    "give the folder that holds base.peb, the page templates and i18n/, with --templates DIR"));
        }
        long setup = System.nanoTime();
        // first what needs no ICU data, which a build loads meanwhile (IcuData)
        RelatedArticles related = new RelatedArticles(site, store);
        Rendering rendering = rendering(site, store, sink);
        Run run = new Run(sink, parallel, progress);
        PageInputs inputs = new PageInputs(rendering);
        ArticlePages articlePages = new ArticlePages(rendering, related, inputs);
        // the related lists, interface strings and indexes every kind of page shares
        run.took("setup", setup);
        run.stage("articles", articlePages.tasks());
        articlePages.finish();
        run.stage("pages", new StandalonePages(rendering).tasks());
        run.addProblems(rendering.bodies().problems());
        List<PageTask> lists = new ArrayList<>();
        RedirectPages redirects = new RedirectPages(rendering);
        lists.addAll(redirects.tasks());
        if (redirects.any()) {
            lists.add(redirects::redirects);
        }
        lists.addAll(new HomePages(rendering, inputs).tasks());
        lists.addAll(new TopicPages(rendering, inputs).tasks());
        lists.addAll(new ArchivePages(rendering, inputs).tasks());
        lists.addAll(new AuthorPages(rendering, inputs).tasks());
        lists.addAll(new SearchPages(rendering).tasks());
        lists.add(() -> notFound(rendering));
        lists.addAll(feedTasks(rendering));
        lists.add(() -> Sitemap.robots(site.config()));
        run.stage("lists", lists);
        // no page made after the lists has article entries, nor needs what their tasks hold (such as the
        // feed entries kept for feeds whose files were unchanged)
        lists.clear();
        rendering.keys().clear();
        rendering.listings().forgetItems();
        long indexing = System.nanoTime();
        List<PageTask> search = new SearchEntries(rendering).tasks(parallel);
        run.took("search index", indexing);
        // the sitemap lists the pages rendered so far, which are all it lists (the search files are not pages),
        // so it is made with the search files, by whichever thread is free: a rebuild keeps most of those
        List<PageTask> last = new ArrayList<>(Sitemap.sitemaps(run.sitemapEntries(), site.config()));
        last.addAll(search);
        run.stage("search and sitemap", last);
        run.throwProblems();
        return new Outcome(run.files, run.rendered, run.stages);
    }

    /**
     * The page of one article as {@link #render} would make it if {@code edited} took the place of the
     * site's article {@code place}: for a preview to show an edit at once, before the render of the whole
     * site that follows. Only {@code edited}'s page is made; the lists and the pages of its neighbours and
     * translations, which show its title or summary, are left to that render.
     *
     * @param edited {@code place} read again, differing from it at most in its title, summary and body
     *               ({@link Article#samePlaceAs})
     * @return the page, or empty when its body has problems, which the render of the whole site reports
     * @throws ContentException for template errors
     */
    public Optional<Page> renderEdited(Site site, Article place, Article edited, BodyStore store)
            throws ContentException {
        Rendering rendering = rendering(site, store, PageSink.DISCARD);
        PageTask.Prepared page = new ArticlePages(rendering, new RelatedArticles(site, store), new PageInputs(rendering))
                .edited(place, edited).prepare();
        String html = page.renderer().render();
        return rendering.bodies().problems().isEmpty() ? Optional.of(new Page(page.path(), html)) : Optional.empty();
    }

    /** The feeds of the languages and of the topics, which share most of their entries. */
    private static List<PageTask> feedTasks(Rendering rendering) {
        FeedPages feeds = new FeedPages(rendering);
        List<PageTask> tasks = new ArrayList<>(feeds.tasks());
        tasks.addAll(new TopicFeeds(rendering).tasks(feeds));
        return tasks;
    }

    /** What the pages of one render of {@code site} share. */
    private Rendering rendering(Site site, BodyStore store, PageSink sink) throws ContentException {
        Map<String, UiStrings> ui = UiCatalog.load(templatesDir.resolve("i18n"), site.config().languages());
        Chrome chrome = new Chrome(site.config(), ui, FeedPages.languages(site), Menus.of(site, ui));
        ArticleBodies bodies = new ArticleBodies(markdown, store, site, ui);
        ReaderIndex readers = ReaderIndex.build(site, store);
        return new Rendering(site, templates, chrome, bodies, new Listings(site, bodies, chrome, readers), readers,
                new ViewKey.Memo(), sink);
    }

    /**
     * What a render did.
     *
     * @param files    files the site has
     * @param rendered files rendered in this run; the others were unchanged since the last build
     * @param stages   how long each kind of page took, in order
     */
    public record Outcome(int files, int rendered, Map<String, Duration> stages) {
    }

    /** One render's stages: runs tasks in parallel and gathers their problems and sitemap entries. */
    private static final class Run {
        private final PageSink sink;
        private final Parallel parallel;
        private final Progress progress;
        /** By place: a template bug at one place fails every page that uses it, and is reported once. */
        private final Map<String, Problem> problems = new LinkedHashMap<>();
        private final List<SitemapEntry> entries = new ArrayList<>();
        private int files;
        private int rendered;
        private final Map<String, Duration> stages = new LinkedHashMap<>();

        Run(PageSink sink, Parallel parallel, Progress progress) {
            this.sink = sink;
            this.parallel = parallel;
            this.progress = progress;
        }

        void stage(String name, List<PageTask> tasks) throws IOException {
            long start = System.nanoTime();
            try {
                run(name, tasks);
            } finally {
                took(name, start);
            }
        }

        /** Records the time since {@code start} as the stage {@code name}. */
        void took(String name, long start) {
            stages.merge(name, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }

        private void run(String name, List<PageTask> tasks) throws IOException {
            progress.start(name, tasks.size());
            List<Result> results;
            try {
                results = parallel.map(tasks, this::run);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            for (Result result : results) {
                result.problems().forEach(p -> problems.putIfAbsent(p.file() + ":" + p.line() + ":" + p.column(), p));
                if (result.entry() != null) {
                    entries.add(result.entry());
                }
                files += result.problems().isEmpty() ? 1 : 0;
                rendered += result.rendered() ? 1 : 0;
            }
        }

        private Result run(PageTask task) throws IOException {
            try {
                PageTask.Prepared page = task.prepare();
                boolean render = !sink.unchanged(page.path(), page.key(), page.inputs());
                if (render) {
                    sink.write(page.path(), page.key(), page.inputs(), page.renderer().render());
                }
                SitemapEntry entry = page.path().equals(NOT_FOUND) ? null : page.sitemap();
                return new Result(entry, render, List.of());
            } catch (ContentException e) {
                return new Result(null, false, e.problems());
            } finally {
                progress.advance();
            }
        }

        /** Problems found outside the tasks, such as in the article bodies. */
        void addProblems(List<Problem> found) {
            found.forEach(p -> problems.putIfAbsent(p.file() + ":" + p.line() + ":" + p.column() + ":" + p.message(), p));
        }

        List<SitemapEntry> sitemapEntries() {
            return entries;
        }

        void throwProblems() throws ContentException {
            if (!problems.isEmpty()) {
                throw new ContentException(List.copyOf(problems.values()));
            }
        }
    }

    /** What one task gave: its sitemap entry, whether it was rendered, its problems. */
    private record Result(SitemapEntry entry, boolean rendered, List<Problem> problems) {
    }

    /**
     * The 404 page. Servers show it at any address, so its links are absolute from the base URL:
     * relative ones would break one folder down.
     */
    private static PageTask.Prepared notFound(Rendering rendering) {
        Site site = rendering.site();
        Chrome chrome = rendering.chrome();
        String lang = site.config().defaultLanguage();
        PageMeta meta = chrome.meta(NOT_FOUND, lang, "error", chrome.ui(lang).get("notFoundTitle"), "website",
                Map.of()).withAbsoluteLinks(site.config().baseUrl());
        List<NotFoundView.Notice> notices = site.config().languages().stream().map(l -> notice(chrome.ui(l))).toList();
        return rendering.prepared("404.peb", meta, "notFound", new NotFoundView(notices));
    }

    private static NotFoundView.Notice notice(UiStrings ui) {
        String dir = Language.direction(ui.lang());
        return new NotFoundView.Notice(ui.lang(), dir, ui.get("notFoundTitle"), ui.get("notFoundText"),
                new Link(ui.get("home"), ui.lang(), dir, Chrome.homePath(ui.lang())));
    }
}
