package org.dozaban.serve;

import org.dozaban.build.BuildReport;
import org.dozaban.build.Builder;
import org.dozaban.build.EditedPage;
import org.dozaban.content.ContentException;
import org.dozaban.content.Inclusion;
import org.dozaban.content.Problem;
import org.dozaban.content.Site;
import org.dozaban.content.SiteConfigFile;
import org.dozaban.publish.OutputTree;
import org.dozaban.publish.Publisher;
import org.dozaban.render.Page;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A live preview: builds the site with its drafts and scheduled articles into a folder of its own,
 * serves it, and builds again whenever a file under the content or template folder changes, telling
 * every open page to reload or to show the errors.
 */
public final class Preview implements AutoCloseable {

    /**
     * What to preview and where.
     *
     * @param content   content folder
     * @param templates template folder
     * @param out       the preview's own output folder, never the published site's
     * @param address   where to listen; port 0 picks a free port
     */
    public record Options(Path content, Path templates, Path out, InetSocketAddress address) {
    }

    /** How long {@link #close} waits for a build under way to finish. */
    private static final long CLOSE_WAIT_MILLIS = 60_000;

    private final Options options;
    private final PrintWriter log;
    private final LiveReload live = new LiveReload();
    private final SourceWatcher watcher;
    private final PreviewServer server;
    private final Thread rebuilds;
    /** The site of the last good build, while it is the last build; null before it and after a failed one. */
    private Site site;
    /** Makes an edited article's page alone; null until asked for, and again after the templates change. */
    private EditedPage editedPage;

    private Preview(Options options, PrintWriter log) throws ContentException, IOException {
        requireFolder(options.content(), "the content folder does not exist",
                "give the folder that holds site.yaml, topics.yaml and the language folders, with --content DIR");
        requireFolder(options.templates(), "the template folder does not exist",
                "give the folder that holds base.peb, the page templates and i18n/, with --templates DIR");
        this.options = options;
        this.log = log;
        // listen first: a port in use is reported before a build is spent on it
        this.server = PreviewServer.start(options.address(), options.out(), live);
        try {
            this.watcher = new SourceWatcher(List.of(options.content(), options.templates()));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        build(null);
        this.rebuilds = new Thread(this::watch, "dozaban-preview-watch");
        rebuilds.setDaemon(true);
        rebuilds.start();
    }

    /**
     * Builds once, then serves and watches until {@link #close}d. A failed build is reported to
     * {@code log} and to the open pages, and the preview keeps serving the last good build.
     *
     * @throws ContentException      when the content or template folder does not exist
     * @throws java.net.BindException when the address cannot be listened on
     * @throws IOException            when the folders cannot be watched
     */
    public static Preview start(Options options, PrintWriter log) throws ContentException, IOException {
        return new Preview(options, log);
    }

    /** Whether the thread that watches the sources and builds is still running. */
    boolean watching() {
        return rebuilds.isAlive();
    }

    /** The address pages are served at, ending in '/'. */
    public URI uri() {
        InetSocketAddress address = server.address();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    @Override
    public void close() throws IOException {
        // no build starts after this; one under way finishes, so that nothing is left writing when this
        // returns, and is interrupted only if it has not within the wait
        watcher.close();
        try {
            rebuilds.join(CLOSE_WAIT_MILLIS);
            if (rebuilds.isAlive()) {
                rebuilds.interrupt();
                rebuilds.join(CLOSE_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
    }

    private static void requireFolder(Path folder, String message, String hint) throws ContentException {
        if (!Files.isDirectory(folder)) {
            throw new ContentException(new Problem(folder, 0, 0, message, hint));
        }
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                build(watcher.next());
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        } catch (IOException e) {
            say("error: cannot watch the sources any more: " + e.getMessage());
        }
    }

    /** One build of the preview; {@code changed} is what set it off, or null for the first. */
    private void build(Set<Path> changed) {
        long start = System.nanoTime();
        Builder.Options build = new Builder.Options(options.content(), options.templates(), options.out())
                .withInclusion(Inclusion.EVERYTHING);
        try {
            String baseUrl = SiteConfigFile.load(options.content().resolve("site.yaml")).baseUrl();
            Map<String, byte[]> shown = changed == null ? Map.of() : showEdited(build, changed, baseUrl, start);
            Site last = site;
            site = null;
            // the pages reload as soon as the preview folder holds the new build, not after the cache is saved
            AtomicLong announced = new AtomicLong(-1);
            BuildReport report = Builder.build(build.withPublished(published -> {
                site = published.site();
                server.showFiles();
                // a page shown already is not reloaded again for the same bytes
                live.built(baseUrl, changed == null ? List.of(LiveReload.EVERYTHING) : published.changed().stream()
                        .filter(path -> !sameBytes(path, shown.get(path))).toList());
                announced.set(System.nanoTime() - start);
            }));
            if (announced.get() < 0) {
                // nothing to do: the output and the site are as the last build left them
                site = last;
                server.showFiles();
                live.built(baseUrl, List.copyOf(shown.keySet()));
                announced.set(System.nanoTime() - start);
            }
            say(String.format(Locale.ROOT, "%s %d articles: rendered %d of %d pages, %d files changed, %d ms (%s),"
                            + " pages reloaded after %d ms%s",
                    changed == null ? "built" : "rebuilt", report.articles(), report.rendered(), report.pages(),
                    report.changed(), (System.nanoTime() - start) / 1_000_000, report.stageTimes(),
                    announced.get() / 1_000_000, changed == null ? "" : after(changed)));
        } catch (ContentException e) {
            server.showFiles();
            live.broken(e.problems().stream().map(Problem::format).toList());
            say(e.report() + "\n" + (e.problems().size() == 1 ? "1 error" : e.problems().size() + " errors")
                    + "; the pages show them and the preview keeps the last good build.");
        } catch (IOException | RuntimeException e) {
            server.showFiles();
            String message = "error: the build failed: " + e.getMessage();
            live.broken(List.of(message));
            say(message);
        }
    }

    /**
     * When the change is an edit of one article that leaves it at its place in the site, shows its page at
     * once, made alone, and tells the open pages; when it is an edit of one asset, shows that. The build
     * that follows makes the rest.
     *
     * @return the pages shown, by site-relative path; empty when the change is of another kind
     */
    private Map<String, byte[]> showEdited(Builder.Options build, Set<Path> changed, String baseUrl, long start) {
        Path templates = options.templates().toAbsolutePath().normalize();
        if (changed.stream().anyMatch(path -> path.startsWith(templates))) {
            editedPage = null;
        }
        if (site == null || changed.size() != 1 || live.isBroken()) {
            return Map.of();
        }
        Path file = changed.iterator().next();
        Path assets = templates.resolve("assets");
        try {
            if (file.startsWith(assets)) {
                // an asset is published as it is; a link to outside the folder is left to the build's checks
                return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        ? show(Publisher.assetPath(assets, file), Files.readAllBytes(file), baseUrl, start) : Map.of();
            }
            if (editedPage == null) {
                editedPage = new EditedPage(build);
            }
            Optional<Page> page = editedPage.render(site, file);
            return page.isEmpty() ? Map.of()
                    : show(page.get().path(), page.get().content().getBytes(StandardCharsets.UTF_8), baseUrl, start);
        } catch (ContentException | IOException | RuntimeException | StackOverflowError e) {
            // the build that follows reports what is wrong
            return Map.of();
        }
    }

    /** Serves {@code bytes} as the file at {@code path} ahead of the build, and tells the open pages. */
    private Map<String, byte[]> show(String path, byte[] bytes, String baseUrl, long start) {
        server.show(path, bytes);
        live.built(baseUrl, List.of(path));
        say(String.format(Locale.ROOT, "showed %s after %d ms", path, (System.nanoTime() - start) / 1_000_000));
        return Map.of(path, bytes);
    }

    /** Whether the preview folder's file at {@code path} has {@code bytes}; false when they are null. */
    private boolean sameBytes(String path, byte[] bytes) {
        if (bytes == null) {
            return false;
        }
        try {
            return OutputTree.sameBytes(options.out().resolve(path), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private static String after(Set<Path> changed) {
        Path first = changed.iterator().next();
        return " after a change to " + first.getFileName() + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "");
    }

    private void say(String line) {
        synchronized (log) {
            log.println(line);
            log.flush();
        }
    }
}
