package org.dozaban.render;

import org.dozaban.content.ContentException;
import org.dozaban.content.Site;

/**
 * What the page builders of one render share: the site, the template engine and the helpers built
 * for this render.
 */
record Rendering(Site site, Templates templates, Chrome chrome, ArticleBodies bodies, Listings listings,
                 ReaderIndex readers) {

    /** Renders {@code template} for the page described by {@code meta}, in the page's interface language. */
    HtmlPage page(String template, PageMeta meta, String viewName, Record view) throws ContentException {
        return new HtmlPage(meta,
                new Page(meta.path(), templates.render(template, meta, chrome.ui(meta.lang()), viewName, view)));
    }

    /**
     * An HTML page ready to render: keyed by its template, chrome and view, so that the build cache skips
     * it while none of them changes.
     */
    PageTask.Prepared prepared(String template, PageMeta meta, String viewName, Record view) {
        return new PageTask.Prepared(meta.path(), meta, null, ViewKey.of(template, meta, viewName, view),
                () -> templates.render(template, meta, chrome.ui(meta.lang()), viewName, view));
    }
}
