package org.dozaban.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.dozaban.content.Article;
import org.dozaban.text.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Standalone pages ({@code content/<lang>/pages/}) at {@code <lang>/<slug>/}, with {@code page.peb}.
 * They are never listed with the articles, in feeds or on topic pages.
 */
final class StandalonePages {

    private final Rendering r;

    StandalonePages(Rendering r) {
        this.r = r;
    }

    /** A task per standalone page. */
    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        for (Article page : r.site().pages()) {
            tasks.add(() -> page(page));
        }
        return tasks;
    }

    private PageTask.Prepared page(Article page) {
        List<Article> translations = r.site().translations(page);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(page.lang(), page.urlPath());
        translations.forEach(t -> versions.putIfAbsent(t.lang(), t.urlPath()));
        PageMeta meta = r.chrome().meta(RelativeUrls.fileOf(page.urlPath()), page.lang(), "page", page.title(),
                "website", versions).withDescription(r.bodies().summary(page));
        StandaloneView view = new StandaloneView(page.title(), page.lang(), Language.direction(page.lang()),
                new SafeString(r.bodies().html(page)),
                translations.stream().map(t -> new Link(t.title(), t.lang(), Language.direction(t.lang()), t.urlPath()))
                        .toList());
        return r.prepared("page.peb", meta, "standalone", view);
    }
}
