package org.dozaban.cli;

import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.dozaban.render.SiteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dozaban check}: validate content and templates without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate content and templates, print every error as path:line:col, write nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Mixin
    InclusionOptions inclusion;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException {
        Site loaded = ContentLoader.load(site.content, inclusion.inclusion(), Clock.systemUTC());
        int pages = new SiteRenderer(site.templates).render(loaded).size();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "ok: %d articles, %d pages%n", loaded.articles().size(), pages);
        LeftOutLines.of(loaded.leftOut()).forEach(out::println);
        return ExitCodes.OK;
    }
}
