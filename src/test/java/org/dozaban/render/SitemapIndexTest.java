package org.dozaban.render;

import org.dozaban.content.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Past 50,000 pages the sitemap is split into files of at most 50,000 URLs, named by a sitemap index. */
class SitemapIndexTest {

    private static List<PageTask.Prepared> prepare(int count, SiteConfig config) throws Exception {
        List<SitemapEntry> entries = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            entries.add(new SitemapEntry(String.format(Locale.ROOT, "https://example.org/archive/en/p%06d/", i), List.of(), null));
        }
        List<PageTask.Prepared> files = new ArrayList<>();
        for (PageTask task : Sitemap.sitemaps(entries, config)) {
            files.add(task.prepare());
        }
        return files;
    }

    @Test
    void aLargeSiteGetsASitemapIndex() throws Exception {
        SiteConfig config = FixtureSites.load("bilingual").config();
        List<PageTask.Prepared> files = prepare(120_001, config);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"),
                files.stream().map(PageTask.Prepared::path).toList());
        Document index = Jsoup.parse(files.get(3).renderer().render(), "", Parser.xmlParser());
        assertEquals(List.of("https://example.org/archive/sitemap-1.xml", "https://example.org/archive/sitemap-2.xml",
                "https://example.org/archive/sitemap-3.xml"), index.select("sitemapindex > sitemap > loc").eachText());
        Document first = Jsoup.parse(files.get(0).renderer().render(), "", Parser.xmlParser());
        assertEquals(Sitemap.MAX_URLS, first.select("url").size());
        assertEquals("https://example.org/archive/en/p000000/", first.selectFirst("url > loc").text());
        Document last = Jsoup.parse(files.get(2).renderer().render(), "", Parser.xmlParser());
        assertEquals(120_001 - 2 * Sitemap.MAX_URLS, last.select("url").size());
    }

    @Test
    void aSmallSiteHasOneSitemap() throws Exception {
        List<PageTask.Prepared> files = prepare(Sitemap.MAX_URLS, FixtureSites.load("bilingual").config());
        assertEquals(List.of("sitemap.xml"), files.stream().map(PageTask.Prepared::path).toList());
    }
}
