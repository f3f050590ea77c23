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
     * @param meta     the chrome of an HTML page listed in the sitemap, or null for other files
     * @param lastmod  the date the sitemap gives the page, or null
     * @param key      digest of everything the file's bytes depend on
     * @param renderer renders the file's text
     */
    record Prepared(String path, PageMeta meta, java.time.LocalDate lastmod, String key, Renderer renderer) {
    }

    /** Renders a prepared file. */
    @FunctionalInterface
    interface Renderer {
        String render() throws ContentException;
    }
}
