package org.dozaban.render;

import java.time.LocalDate;
import java.util.List;

/**
 * What the sitemap says of one HTML page.
 *
 * @param canonical  the page's absolute URL
 * @param alternates its language versions, itself included
 * @param lastmod    the article's date, or null for other pages
 */
record SitemapEntry(String canonical, List<Alternate> alternates, LocalDate lastmod) {

    SitemapEntry {
        alternates = List.copyOf(alternates);
    }

    /** The entry of the page of {@code meta}. */
    static SitemapEntry of(PageMeta meta, LocalDate lastmod) {
        return new SitemapEntry(meta.canonical(), meta.alternates(), lastmod);
    }
}
