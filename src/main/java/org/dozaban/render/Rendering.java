package org.dozaban.render;

import org.dozaban.content.Site;

/**
 * What the page builders of one render share: the site, the template engine and the helpers built
 * for this render.
 *
 * @param keys the digests of article entries, shared by the keys of every page that lists them
 * @param sink where the pages go, which knows what the last build recorded of each
 */
record Rendering(Site site, Templates templates, Chrome chrome, ArticleBodies bodies, Listings listings,
                 ReaderIndex readers, ViewKey.Memo keys, PageSink sink) {

    /**
     * An HTML page ready to render: keyed by its template, chrome and view, so that the build cache skips
     * it while none of them changes.
     */
    PageTask.Prepared prepared(String template, PageMeta meta, String viewName, Record view) {
        return new PageTask.Prepared(meta.path(), SitemapEntry.of(meta, null), ViewKey.of(keys, template, meta, viewName, view),
                () -> templates.render(template, meta, chrome.ui(meta.lang()), viewName, view));
    }
}
