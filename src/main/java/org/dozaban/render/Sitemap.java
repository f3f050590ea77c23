package org.dozaban.render;

import org.dozaban.content.Site;
import org.dozaban.content.SiteConfig;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The sitemap of {@code pages}, sorted by URL. */
    static Page sitemap(Site site, List<HtmlPage> pages) {
        Map<String, LocalDate> dates = articleDates(site);
        XmlWriter xml = XmlWriter.document("urlset", NAMESPACE).namespace("xhtml", XHTML);
        List<PageMeta> metas = pages.stream().map(HtmlPage::meta)
                .sorted(Comparator.comparing(PageMeta::canonical)).toList();
        for (PageMeta meta : metas) {
            xml.open("url").element("loc", meta.canonical());
            LocalDate date = dates.get(meta.path());
            if (date != null) {
                xml.element("lastmod", date.toString());
            }
            if (meta.alternates().size() > 1) {
                for (Alternate alternate : meta.alternates()) {
                    xml.empty("xhtml", XHTML, "link").attribute("rel", "alternate")
                            .attribute("hreflang", alternate.lang()).attribute("href", alternate.href());
                }
            }
            xml.close();
        }
        return new Page(PATH, xml.finish());
    }

    /**
     * Lets every crawler in and names the sitemap. Crawlers read {@code robots.txt} only at the root of
     * a host, so it matters when {@code baseUrl} is one.
     */
    static Page robots(SiteConfig config) {
        return new Page(ROBOTS, "User-agent: *\nDisallow:\n\nSitemap: " + config.baseUrl() + PATH + "\n");
    }

    /** Article dates by the file of the article page. */
    private static Map<String, LocalDate> articleDates(Site site) {
        Map<String, LocalDate> dates = new HashMap<>();
        site.articles().stream().filter(a -> a.date() != null)
                .forEach(a -> dates.put(RelativeUrls.fileOf(a.urlPath()), a.date()));
        return dates;
    }
}
