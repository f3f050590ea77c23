package org.dozaban.cli;

import org.dozaban.content.ContentException;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException {
        List<Problem> warnings = new ArrayList<>();
        Site loaded = ContentLoader.load(site.content, warnings::add);
        int pages = new SiteRenderer(site.templates).render(loaded).size();
        warnings.addAll(AssetCheck.check(site.templates.resolve("assets"), loaded.config().allowExternalSymlinks()));
        Warnings.print(warnings, spec.commandLine().getErr());
        spec.commandLine().getOut().printf(Locale.ROOT, "ok: %d articles, %d pages%n", loaded.articles().size(), pages);
        return ExitCodes.OK;
    }
}
