package org.dozaban.build;

import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.publish.AssetCheck;
import org.dozaban.content.Inclusion;
import org.dozaban.content.LeftOut;
import org.dozaban.content.Problem;
import org.dozaban.content.Site;
import org.dozaban.lint.ContentLint;
import org.dozaban.lint.LintSettings;
import org.dozaban.render.BodyStore;
import org.dozaban.render.PageSink;
import org.dozaban.render.Progress;
import org.dozaban.publish.PreviewImage;
import org.dozaban.render.SiteRenderer;
import org.dozaban.work.Parallel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything {@code check} finds, writing nothing: content errors, template errors (when the content
 * loads) and the orthography lint, with the lint settings of {@code site.yaml} applied.
 */
public final class Checker {

    /** Problems sorted by file, line and column; errors before warnings at the same place. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity);

    /**
     * What a check found.
     *
     * @param problems every problem, in {@link #ORDER}
     * @param articles published articles, 0 when the content did not load
     * @param pages    pages the site would have, 0 when it could not be rendered
     * @param leftOut  the drafts and scheduled articles left out, or null when the content did not load
     */
    public record Result(List<Problem> problems, int articles, int pages, LeftOut leftOut) {
        public Result {
            problems = List.copyOf(problems);
        }

        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }
    }

    private Checker() {
    }

    /** Checks on one thread. */
    public static Result check(Path content, Path templates) throws IOException {
        try (Parallel parallel = new Parallel(1)) {
            return check(content, templates, parallel);
        }
    }

    /** Checks the published articles, loading and rendering on the threads of {@code parallel}. */
    public static Result check(Path content, Path templates, Parallel parallel) throws IOException {
        return check(content, templates, Inclusion.PUBLISHED, parallel);
    }

    /**
     * Checks, loading and rendering on the threads of {@code parallel}; drafts and scheduled articles
     * are validated always, and rendered when {@code inclusion} asks for them.
     */
    public static Result check(Path content, Path templates, Inclusion inclusion, Parallel parallel)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        int articles = 0;
        int pages = 0;
        LeftOut leftOut = null;
        try {
            Site site = ContentLoader.load(content, inclusion, Clock.systemUTC(), parallel, problems::add);
            articles = site.articles().size();
            leftOut = site.leftOut();
            pages = new SiteRenderer(templates)
                    .render(site, PageSink.DISCARD, BodyStore.NONE, parallel, Progress.NONE).files();
            PreviewImage.check(site.config(), templates);
            problems.addAll(AssetCheck.check(templates.resolve("assets"), site.config().allowExternalSymlinks()));
        } catch (ContentException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(ContentLint.run(content, LintSettings.read(content.resolve("site.yaml")), parallel));
        problems.sort(ORDER);
        return new Result(problems, articles, pages, leftOut);
    }
}
