package org.dozaban.render;

import org.dozaban.content.SiteConfig;
import org.dozaban.text.KeyHash;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sitemap.xml}, listing every HTML page by its canonical URL with the language versions its
 * head names (for a large site, through a sitemap per section), and {@code robots.txt}, which points
 * crawlers to it. Only article pages get a
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
     * Past this many pages, {@code sitemap.xml} is an index of a sitemap per section of the site: each
     * file is made again only when its own entries change, as a new article changes only its year's.
     */
    static final int ONE_FILE_UP_TO = 5_000;

    /**
     * The sitemap of {@code pages}, each file keyed by its entries, each listing its entries sorted by
     * URL. Up to {@link #ONE_FILE_UP_TO} pages it is one {@code sitemap.xml}. Past that, {@code sitemap.xml}
     * is a sitemap index naming a file per section ({@link #section}), {@code sitemap-fa-2024.xml},
     * {@code sitemap-fa.xml} …, in order of their names; a section of more than {@link #MAX_URLS} pages is
     * split into {@code sitemap-fa-2024-1.xml}, {@code sitemap-fa-2024-2.xml} … of at most that many.
     */
    static List<PageTask> sitemaps(List<SitemapEntry> pages, SiteConfig config) {
        List<SitemapEntry> sorted = pages.stream().sorted(Comparator.comparing(SitemapEntry::canonical)).toList();
        if (sorted.size() <= ONE_FILE_UP_TO) {
            return List.of(() -> new PageTask.Prepared(PATH, null, key(sorted),
                    () -> sitemapXml(sorted)));
        }
        Map<String, List<SitemapEntry>> sections = new HashMap<>();
        for (SitemapEntry entry : sorted) {
            sections.computeIfAbsent(section(entry.canonical(), config), name -> new ArrayList<>()).add(entry);
        }
        Map<String, List<SitemapEntry>> files = new TreeMap<>();
        sections.forEach((name, entries) -> {
            int count = (entries.size() + MAX_URLS - 1) / MAX_URLS;
            for (int n = 1; n <= count; n++) {
                files.put("sitemap-" + name + (count == 1 ? "" : "-" + n) + ".xml",
                        entries.subList((n - 1) * MAX_URLS, Math.min(entries.size(), n * MAX_URLS)));
            }
        });
        List<PageTask> tasks = new ArrayList<>();
        files.forEach((path, part) -> tasks.add(() -> new PageTask.Prepared(path, null, key(part),
                () -> sitemapXml(part))));
        List<String> parts = List.copyOf(files.keySet());
        tasks.add(() -> new PageTask.Prepared(PATH, null, ViewKey.of("sitemapindex", config.baseUrl(), parts),
                () -> index(config.baseUrl(), parts)));
        return tasks;
    }

    /**
     * The section of the site a page's URL is in: its language and year for a dated article
     * ({@code fa/2024/10/slug/} is in {@code fa-2024}), its language for every other page of a language
     * ({@code fa/topics/economy/} is in {@code fa}), and {@code site} for the pages of no language.
     */
    static String section(String canonical, SiteConfig config) {
        String base = config.baseUrl();
        String path = canonical.startsWith(base) ? canonical.substring(base.length()) : "";
        String[] parts = path.split("/", 4);
        if (parts.length < 2 || !config.languages().contains(parts[0])) {
            return "site";
        }
        boolean dated = parts.length > 2 && !parts[2].isEmpty() && parts[1].length() == 4
                && parts[1].chars().allMatch(c -> c >= '0' && c <= '9');
        return dated ? parts[0] + "-" + parts[1] : parts[0];
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
        return new PageTask.Prepared(ROBOTS, null, ViewKey.of(ROBOTS, text), () -> text);
    }
}
