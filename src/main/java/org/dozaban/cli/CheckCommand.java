package org.dozaban.cli;

import org.dozaban.content.ContentException;
import org.dozaban.render.BodyStore;
import org.dozaban.render.PageSink;
import org.dozaban.render.Progress;
import org.dozaban.work.Parallel;
import picocli.CommandLine.Option;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Problem;
import org.dozaban.content.Site;
import org.dozaban.publish.AssetCheck;
import org.dozaban.render.SiteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dozaban check}: validate content and templates without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate content and templates, print every error as path:line:col, write nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that load and render (default: one per processor).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException {
        int pages;
        Site loaded;
        List<Problem> warnings = new ArrayList<>();
        try (Parallel parallel = new Parallel(Threads.count(threads, spec))) {
            loaded = ContentLoader.load(site.content, parallel, warnings::add);
            pages = new SiteRenderer(site.templates)
                    .render(loaded, PageSink.DISCARD, BodyStore.NONE, parallel, Progress.NONE).files();
        }
        warnings.addAll(AssetCheck.check(site.templates.resolve("assets"), loaded.config().allowExternalSymlinks()));
        Warnings.print(warnings, spec.commandLine().getErr());
        spec.commandLine().getOut().printf(Locale.ROOT, "ok: %d articles, %d pages%n", loaded.articles().size(), pages);
        return ExitCodes.OK;
    }
}
