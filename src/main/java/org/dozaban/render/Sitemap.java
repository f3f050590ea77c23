package org.dozaban.render;

import org.dozaban.content.SiteConfig;
import org.dozaban.text.KeyHash;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The most URLs one sitemap file may list, by the sitemap protocol. */
    static final int MAX_URLS = 50_000;

    /**
     * The sitemap of {@code pages}, sorted by URL, each file keyed by its entries. Up to {@link #MAX_URLS}
     * pages it is one {@code sitemap.xml}; past that, {@code sitemap.xml} is a sitemap index naming
     * {@code sitemap-1.xml}, {@code sitemap-2.xml} …, each listing at most {@link #MAX_URLS} pages.
     */
    static List<PageTask> sitemaps(List<SitemapEntry> pages, SiteConfig config) {
        List<SitemapEntry> sorted = pages.stream().sorted(Comparator.comparing(SitemapEntry::canonical)).toList();
        if (sorted.size() <= MAX_URLS) {
            return List.of(() -> new PageTask.Prepared(PATH, null, null, key(sorted),
                    () -> sitemapXml(sorted)));
        }
        List<PageTask> tasks = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int from = 0, n = 1; from < sorted.size(); from += MAX_URLS, n++) {
            List<SitemapEntry> part = sorted.subList(from, Math.min(sorted.size(), from + MAX_URLS));
            String path = "sitemap-" + n + ".xml";
            parts.add(path);
            tasks.add(() -> new PageTask.Prepared(path, null, null, key(part), () -> sitemapXml(part)));
        }
        tasks.add(() -> new PageTask.Prepared(PATH, null, null, ViewKey.of("sitemapindex", config.baseUrl(), parts),
                () -> index(config.baseUrl(), parts)));
        return tasks;
    }

    /**
     * The key of a sitemap file: each entry's address, date and language versions, in order. Written out
     * rather than walked as a view: a sitemap has an entry per page.
     */
    static String key(List<SitemapEntry> entries) {
        KeyHash key = new KeyHash().text("sitemap").number(entries.size());
        for (SitemapEntry entry : entries) {
            key.text(entry.canonical()).text(String.valueOf(entry.lastmod())).number(entry.alternates().size());
            for (Alternate alternate : entry.alternates()) {
                key.text(alternate.lang()).text(alternate.href());
            }
        }
        return key.hex();
    }

    private static String index(String baseUrl, List<String> parts) {
        XmlWriter xml = XmlWriter.document("sitemapindex", NAMESPACE);
        for (String part : parts) {
            xml.open("sitemap").element("loc", baseUrl + part).close();
        }
        return xml.finish();
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
