package org.dozaban.render;

import org.dozaban.content.SiteConfig;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sitemap.xml}, listing every HTML page by its canonical URL with the language versions its
 * head names, and {@code robots.txt}, which points crawlers to it. Only article pages get a
 * {@code lastmod}: their date is the one change date the content knows.
 */
final class Sitemap {

    static final String PATH = "sitemap.xml";
    static final String ROBOTS = "robots.txt";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Sitemap() {
    }

    /** The sitemap of {@code pages}, sorted by URL, keyed by its entries. */
    static PageTask.Prepared sitemap(List<SitemapEntry> pages) {
        List<SitemapEntry> sorted = pages.stream().sorted(Comparator.comparing(SitemapEntry::canonical)).toList();
        return new PageTask.Prepared(PATH, null, null, ViewKey.of("sitemap", sorted), () -> sitemapXml(sorted));
    }

    private static String sitemapXml(List<SitemapEntry> entries) {
        XmlWriter xml = XmlWriter.document("urlset", NAMESPACE).namespace("xhtml", XHTML);
        for (SitemapEntry entry : entries) {
            xml.open("url").element("loc", entry.canonical());
            LocalDate date = entry.lastmod();
            if (date != null) {
                xml.element("lastmod", date.toString());
            }
            if (entry.alternates().size() > 1) {
                for (Alternate alternate : entry.alternates()) {
                    xml.empty("xhtml", XHTML, "link").attribute("rel", "alternate")
                            .attribute("hreflang", alternate.lang()).attribute("href", alternate.href());
                }
            }
            xml.close();
        }
        return xml.finish();
    }

    /**
     * Lets every crawler in and names the sitemap. Crawlers read {@code robots.txt} only at the root of
     * a host, so it matters when {@code baseUrl} is one.
     */
    static PageTask.Prepared robots(SiteConfig config) {
        String text = "User-agent: *\nDisallow:\n\nSitemap: " + config.baseUrl() + PATH + "\n";
        return new PageTask.Prepared(ROBOTS, null, null, ViewKey.of(ROBOTS, text), () -> text);
    }
}
