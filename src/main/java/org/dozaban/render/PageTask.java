package org.dozaban.render;

import org.dozaban.content.ContentException;

/**
 * One file of the site, not yet looked at: preparing it builds what its template will get and the key
 * of that, which is cheap; rendering it is left to the {@link Prepared} step, which the build cache may
 * skip.
 */
@FunctionalInterface
interface PageTask {

    Prepared prepare() throws ContentException;

    /**
     * A file ready to render.
     *
     * @param path     output path, site-relative
     * @param sitemap  the page's entry in the sitemap, or null for a file the sitemap does not list
     * @param key      digest of everything the file's bytes depend on
     * @param inputs   digest of what the page's view is made from, cheaper to find than the view and its
     *                 key: while it stays the same, so does {@code key}, and a later build takes the key it
     *                 recorded instead of preparing the page (see {@link PageSink#keptKey}); null when the
     *                 page has none
     * @param renderer renders the file's text
     */
    record Prepared(String path, SitemapEntry sitemap, String key, String inputs, Renderer renderer) {

        /** A file without an inputs digest: it is prepared in every build. */
        Prepared(String path, SitemapEntry sitemap, String key, Renderer renderer) {
            this(path, sitemap, key, null, renderer);
        }
    }

    /** Renders a prepared file. */
    @FunctionalInterface
    interface Renderer {
        String render() throws ContentException;
    }
}
