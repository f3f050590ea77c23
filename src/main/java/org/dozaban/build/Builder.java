package org.dozaban.build;

import org.dozaban.content.ArticleCache;
import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Problem;
import org.dozaban.content.Inclusion;
import org.dozaban.content.Site;
import org.dozaban.content.UrlLedgerFile;
import org.dozaban.publish.AssetCheck;
import org.dozaban.publish.BundleFiles;
import org.dozaban.publish.FileCopy;
import org.dozaban.publish.FileRecord;
import org.dozaban.publish.OutputGuard;
import org.dozaban.publish.PreviewImage;
import org.dozaban.publish.OutputTree;
import org.dozaban.publish.Publisher;
import org.dozaban.render.Progress;
import org.dozaban.render.SiteRenderer;
import org.dozaban.text.IcuData;
import org.dozaban.work.Background;
import org.dozaban.work.Parallel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the build stages in order: load content, render pages into the output folder, copy the assets,
 * commit. Each stage is timed; unexpected failures are wrapped with the stage's name.
 *
 * <p>Builds are incremental: a page whose inputs are unchanged since the last build is not rendered, and
 * a file whose bytes are unchanged is not rewritten (see {@link BuildCache} and {@link OutputTree}).
 */
public final class Builder {

    /** The folder beside the output folder that holds the build cache. */
    public static final String CACHE_FOLDER = ".dozaban-cache";

    /**
     * Where a build reads and writes, and how.
     *
     * @param content   content folder
     * @param templates template folder (with {@code assets/})
     * @param out       output folder, updated only when the whole build succeeds; refused unless
     *                  {@link OutputGuard} allows it
     * @param threads   threads that load and render; the output is the same for any number
     * @param clean     ignore the build cache and render every page
     * @param progress  told how the build advances
     * @param inclusion which drafts and scheduled articles to render besides the published ones
     * @param recordUrls add the addresses just published to {@code content/urls.yaml}
     * @param published  told once the output folder holds the new build, before the build cache is saved:
     *                   what it shows can be announced then; a build that finds nothing to do does not tell it
     */
    public record Options(Path content, Path templates, Path out, int threads, boolean clean, Progress progress,
                          Inclusion inclusion, boolean recordUrls, Consumer<Published> published) {

        /** Default threads (one per processor), with the cache, without progress, published articles only. */
        public Options(Path content, Path templates, Path out) {
            this(content, templates, out, Parallel.defaultThreads(), false, Progress.NONE, Inclusion.PUBLISHED,
                    false, published -> { });
        }

        public Options withPublished(Consumer<Published> value) {
            return new Options(content, templates, out, threads, clean, progress, inclusion, recordUrls, value);
        }

        public Options withThreads(int count) {
            return new Options(content, templates, out, count, clean, progress, inclusion, recordUrls, published);
        }

        public Options withClean(boolean value) {
            return new Options(content, templates, out, threads, value, progress, inclusion, recordUrls, published);
        }

        public Options withProgress(Progress value) {
            return new Options(content, templates, out, threads, clean, value, inclusion, recordUrls, published);
        }

        public Options withRecordUrls(boolean value) {
            return new Options(content, templates, out, threads, clean, progress, inclusion, value, published);
        }

        public Options withInclusion(Inclusion value) {
            return new Options(content, templates, out, threads, clean, progress, value, recordUrls, published);
        }

        /** The build cache folder: beside the output folder. */
        public Path cacheDir() {
            return out.toAbsolutePath().normalize().getParent().resolve(CACHE_FOLDER);
        }
    }

    /**
     * A build just published.
     *
     * @param site    the site it was made from
     * @param changed the site-relative paths of the files it wrote or removed, sorted
     */
    public record Published(Site site, List<String> changed) {
    }

    private final List<StageTiming> timings = new ArrayList<>();
    /** When the build started, in {@link System#nanoTime} units. */
    private long start;

    /**
     * The keys of the inputs that are not articles, made once a build.
     *
     * @param tool   the tool's version and code
     * @param site   the templates and site files, assets by name
     * @param assets the assets' bytes
     */
    private static final class InputKeys {
        private final String tool;
        private final String site;
        private final String assets;
        /** The {@link SiteFingerprint#files} of the site last given, and that site. */
        private String files;
        private Site filesOf;

        InputKeys(String tool, String site, String assets) {
            this.tool = tool;
            this.site = site;
            this.assets = assets;
        }

        String site() {
            return site;
        }

        /** The key of everything the output is made from, with the articles of {@code site}. */
        String fingerprint(Options options, Site site) throws IOException {
            if (filesOf != site) {
                files = SiteFingerprint.files(site, options.content());
                filesOf = site;
            }
            return SiteFingerprint.of(tool, this.site, assets, options.inclusion(), site, options.content(), files);
        }
    }

    /**
     * What the last build into the output folder left, as this build finds it.
     *
     * @param keys   the keys of the inputs that are not articles
     * @param cache  the build cache, with the last build's state when it was made from the same tool and site files
     * @param intact whether the output folder is as that build left it: then its files are those recorded, and
     *               no walk is needed to find the rest
     */
    private record LastBuild(InputKeys keys, BuildCache cache, boolean intact) {

        static LastBuild of(Options options, String toolKey) throws IOException {
            InputKeys keys = new InputKeys(toolKey, BuildInputs.siteKey(options.content(), options.templates()),
                    BuildInputs.assetsKey(options.templates()));
            BuildCache cache = BuildCache.open(options.cacheDir(), options.out(), toolKey, keys.site(),
                    options.clean());
            return new LastBuild(keys, cache, cache.outputIntact(options.out()));
        }
    }

    /** Builds the site; on any input error {@code out} is left exactly as it was. */
    public static BuildReport build(Options options) throws ContentException, IOException {
        return new Builder().run(options);
    }

    private BuildReport run(Options given) throws ContentException, IOException {
        start = System.nanoTime();
        Path out = OutputGuard.check(given.out(), given.content(), given.templates());
        Options options = new Options(given.content(), given.templates(), out, given.threads(), given.clean(),
                given.progress(), given.inclusion(), given.recordUrls(), given.published());
        List<Problem> warnings = new ArrayList<>();
        String toolKey = BuildInputs.toolKey();
        try (Parallel parallel = new Parallel(options.threads())) {
            ArticleCache articles = ArticleCache.open(options.cacheDir().resolve(
                    options.out().toAbsolutePath().normalize().getFileName() + ".articles"), toolKey, options.clean());
            // the last build's state, and whether the output folder is as it left it, looked up on a thread of
            // their own while the content loads, whose checks after reading the files leave a core idle
            Background<LastBuild> lastBuild = Background.start("last build", () -> LastBuild.of(options, toolKey));
            Site site = stage("load", () -> {
                Site loaded = ContentLoader.load(options.content(), options.inclusion(), Clock.systemUTC(), parallel,
                        warnings::add, articles);
                articles.save();
                return loaded;
            });
            warnings.addAll(AssetCheck.check(assetsDir(options), site.config().allowExternalSymlinks()));
            LastBuild last = lastBuild.join();
            InputKeys keys = last.keys();
            BuildCache cache = last.cache();
            boolean intact = last.intact();
            OutputTree tree = OutputTree.open(options.out(), cache.files(), intact);
            BuildReport report;
            try {
                report = renderAndCommit(options, site, keys, cache, tree, intact, parallel, warnings);
            } catch (Throwable failure) {
                // the failure is what the user needs to see, not a failure to clean up after it
                try {
                    tree.abandon();
                } catch (IOException | RuntimeException e) {
                    failure.addSuppressed(e);
                }
                throw failure;
            }
            tree.abandon();
            return report;
        }
    }

    /** The build from the output tree on: nothing when the output is as its inputs make it, else render and commit. */
    private BuildReport renderAndCommit(Options options, Site site, InputKeys keys, BuildCache cache,
                                        OutputTree tree, boolean intact, Parallel parallel, List<Problem> warnings)
            throws ContentException, IOException {
        BuildCache.Recorded last = cache.recorded();
        if (last.fingerprint().equals(keys.fingerprint(options, site)) && intact) {
            // made from the same inputs as the output folder, which is as that build left it
            PreviewImage.check(site.config(), options.templates());
            return new BuildReport(site.articles().size(), last.pages(), last.assets(), 0, 0,
                    cache.files().size(), Duration.ofNanos(System.nanoTime() - start), timings,
                    site.leftOut(), warnings);
        }
        // while the render sets up, which leaves a core idle; the slug rules only for a render from nothing,
        // which converts every body (headings take slugs) and slugs every name: a rebuild converts few bodies
        // or none, and the render keeps the slugs of names (a new name or heading makes the rules then)
        IcuData.prepareInBackground(last.equals(BuildCache.Recorded.NOTHING));
        SiteRenderer.Outcome outcome = stage("render", () -> new SiteRenderer(options.templates())
                .render(site, tree, cache, parallel, options.progress()));
        StageTiming rendered = timings.remove(timings.size() - 1);
        timings.add(new StageTiming(rendered.stage(), rendered.duration(), outcome.stages()));
        PreviewImage.check(site.config(), options.templates());
        int assets = stage("publish", () -> {
            tree.write(OutputGuard.MARKER, "", OutputGuard.MARKER_TEXT);
            for (FileCopy copy : BundleFiles.of(site)) {
                tree.copy(copy.source(), copy.path());
            }
            return Publisher.copyAssets(tree, assetsDir(options));
        });
        Map<String, FileRecord> written = stage("commit", () -> {
            cache.forget();
            return tree.commit();
        });
        // the state's files, stamp and summaries made on another thread while the addresses are recorded
        Background<byte[]> stateBody = Background.start("build state",
                () -> cache.stateBody(options.out(), written, tree.changedPaths()));
        // drafts and scheduled articles are not published: their addresses are not recorded
        if (options.recordUrls() && options.inclusion().equals(Inclusion.PUBLISHED)) {
            stage("record", () -> UrlLedgerFile.write(options.content().resolve(UrlLedgerFile.NAME),
                    site.urls().with(site)));
        }
        options.published().accept(new Published(site, tree.changedPaths()));
        // keyed by the ledger as it is now, recorded addresses included
        String made = keys.fingerprint(options, site);
        stage("save", () -> {
            cache.save(stateBody.join(), made, outcome.files(), assets);
            return null;
        });
        return new BuildReport(site.articles().size(), outcome.files(), assets, outcome.rendered(),
                tree.changedFiles(), written.size(), Duration.ofNanos(System.nanoTime() - start), timings,
                site.leftOut(), warnings);
    }

    private static Path assetsDir(Options options) {
        return options.templates().resolve("assets");
    }

    /** A stage body; may fail with input problems or I/O errors. */
    @FunctionalInterface
    private interface StageBody<T> {
        T run() throws ContentException, IOException;
    }

    private <T> T stage(String name, StageBody<T> body) throws ContentException, IOException {
        long start = System.nanoTime();
        try {
            return body.run();
        } catch (ContentException | IOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a stack overflow ends the stage only, so that a watching server goes on serving
            throw new StageException(name, e);
        } finally {
            timings.add(new StageTiming(name, Duration.ofNanos(System.nanoTime() - start)));
        }
    }
}
