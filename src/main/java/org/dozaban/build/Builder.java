package org.dozaban.build;

import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Problem;
import org.dozaban.content.Site;
import org.dozaban.publish.AssetCheck;
import org.dozaban.publish.OutputGuard;
import org.dozaban.publish.Publisher;
import org.dozaban.render.Page;
import org.dozaban.render.SiteRenderer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the build stages in order: load content, render pages, publish them with the assets. Each
 * stage is timed; unexpected failures are wrapped with the stage's name.
 */
public final class Builder {

    /**
     * Where a build reads and writes.
     *
     * @param content   content folder
     * @param templates template folder (with {@code assets/})
     * @param out       output folder, replaced only when the whole build succeeds; refused unless
     *                  {@link OutputGuard} allows it
     */
    public record Options(Path content, Path templates, Path out) {
    }

    private final List<StageTiming> timings = new ArrayList<>();

    /** Builds the site; on any error {@code out} is left exactly as it was. */
    public static BuildReport build(Options options) throws ContentException, IOException {
        return new Builder().run(options);
    }

    private BuildReport run(Options options) throws ContentException, IOException {
        Path out = OutputGuard.check(options.out(), options.content(), options.templates());
        List<Problem> warnings = new ArrayList<>();
        Site site = stage("load", () -> ContentLoader.load(options.content(), warnings::add));
        List<Page> pages = stage("render", () -> new SiteRenderer(options.templates()).render(site));
        warnings.addAll(AssetCheck.check(options.templates().resolve("assets"), site.config().allowExternalSymlinks()));
        List<Page> written = new ArrayList<>(pages);
        written.add(OutputGuard.marker());
        int assets = stage("publish",
                () -> Publisher.publish(written, options.templates().resolve("assets"), out));
        return new BuildReport(site.articles().size(), pages.size(), assets, timings, warnings);
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
        } catch (RuntimeException | StackOverflowError e) {
            // a stack overflow ends the stage only, so that a watching server goes on serving
            throw new StageException(name, e);
        } finally {
            timings.add(new StageTiming(name, Duration.ofNanos(System.nanoTime() - start)));
        }
    }
}
