package org.dozaban.render;

import org.dozaban.content.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Past 5,000 pages, {@code sitemap.xml} is a sitemap index naming a sitemap per section of the site, each of
 * at most 50,000 URLs.
 */
class SitemapIndexTest {

    private static final String BASE = "https://example.org/archive/";

    private static List<PageTask.Prepared> prepare(List<SitemapEntry> entries) throws Exception {
        SiteConfig config = FixtureSites.load("bilingual").config();
        assertEquals(BASE, config.baseUrl());
        List<PageTask.Prepared> files = new ArrayList<>();
        for (PageTask task : Sitemap.sitemaps(entries, config)) {
            files.add(task.prepare());
        }
        return files;
    }

    private static SitemapEntry page(String path, LocalDate lastmod) {
        return new SitemapEntry(BASE + path, List.of(), lastmod);
    }

    /** The pages of an archive: Persian articles of 2024, English ones of 2023, topic and home pages. */
    private static List<SitemapEntry> archive() {
        List<SitemapEntry> entries = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            entries.add(page(String.format(Locale.ROOT, "fa/2024/01/a%04d/", i), LocalDate.of(2024, 1, 1)));
        }
        for (int i = 0; i < 1_500; i++) {
            entries.add(page(String.format(Locale.ROOT, "en/2023/05/b%04d/", i), LocalDate.of(2023, 5, 2)));
        }
        for (int i = 0; i < 600; i++) {
            entries.add(page(String.format(Locale.ROOT, "fa/topics/t%03d/", i), null));
        }
        // a standalone page whose slug looks like a year is no article of that year
        entries.addAll(List.of(page("en/", null), page("fa/", null), page("", null), page("en/2023/", null)));
        Collections.reverse(entries);
        return entries;
    }

    private static Document xml(PageTask.Prepared file) throws Exception {
        return Jsoup.parse(file.renderer().render(), "", Parser.xmlParser());
    }

    @Test
    void aLargeSiteGetsASitemapPerSectionNamedByAnIndex() throws Exception {
        List<PageTask.Prepared> files = prepare(archive());
        assertEquals(List.of("sitemap-en-2023.xml", "sitemap-en.xml", "sitemap-fa-2024.xml", "sitemap-fa.xml",
                "sitemap-site.xml", "sitemap.xml"), files.stream().map(PageTask.Prepared::path).toList());
        assertEquals(List.of(BASE + "sitemap-en-2023.xml", BASE + "sitemap-en.xml", BASE + "sitemap-fa-2024.xml",
                BASE + "sitemap-fa.xml", BASE + "sitemap-site.xml"),
                xml(files.get(5)).select("sitemapindex > sitemap > loc").eachText());
        Document english = xml(files.get(0));
        assertEquals(1_500, english.select("url").size());
        assertEquals(BASE + "en/2023/05/b0000/", english.selectFirst("url > loc").text());
        assertEquals("2023-05-02", english.selectFirst("url > lastmod").text());
        assertEquals(List.of(BASE + "en/", BASE + "en/2023/"), xml(files.get(1)).select("url > loc").eachText());
        assertEquals(3_000, xml(files.get(2)).select("url").size());
        Document persian = xml(files.get(3));
        assertEquals(601, persian.select("url").size());
        assertEquals(BASE + "fa/", persian.selectFirst("url > loc").text());
        assertEquals(List.of(BASE), xml(files.get(4)).select("url > loc").eachText());
    }

    @Test
    void aNewArticleChangesTheSitemapOfItsSectionOnly() throws Exception {
        List<PageTask.Prepared> before = prepare(archive());
        List<SitemapEntry> entries = new ArrayList<>(archive());
        entries.add(page("fa/2024/02/new/", LocalDate.of(2024, 2, 1)));
        List<PageTask.Prepared> after = prepare(entries);
        assertEquals(before.stream().map(PageTask.Prepared::path).toList(),
                after.stream().map(PageTask.Prepared::path).toList());
        for (int i = 0; i < before.size(); i++) {
            boolean itsSection = before.get(i).path().equals("sitemap-fa-2024.xml");
            assertEquals(!itsSection, before.get(i).key().equals(after.get(i).key()), before.get(i).path());
        }
    }

    @Test
    void aSectionPastFiftyThousandPagesIsSplit() throws Exception {
        List<SitemapEntry> entries = new ArrayList<>();
        for (int i = 120_000; i >= 0; i--) {
            entries.add(page(String.format(Locale.ROOT, "en/p%06d/", i), null));
        }
        List<PageTask.Prepared> files = prepare(entries);
        assertEquals(List.of("sitemap-en-1.xml", "sitemap-en-2.xml", "sitemap-en-3.xml", "sitemap.xml"),
                files.stream().map(PageTask.Prepared::path).toList());
        assertEquals(List.of(BASE + "sitemap-en-1.xml", BASE + "sitemap-en-2.xml", BASE + "sitemap-en-3.xml"),
                xml(files.get(3)).select("sitemapindex > sitemap > loc").eachText());
        Document first = xml(files.get(0));
        assertEquals(Sitemap.MAX_URLS, first.select("url").size());
        assertEquals(BASE + "en/p000000/", first.selectFirst("url > loc").text());
        assertEquals(120_001 - 2 * Sitemap.MAX_URLS, xml(files.get(2)).select("url").size());
    }

    @Test
    void aSmallSiteHasOneSitemap() throws Exception {
        List<SitemapEntry> entries = archive().subList(0, Sitemap.ONE_FILE_UP_TO);
        List<PageTask.Prepared> files = prepare(entries);
        assertEquals(List.of("sitemap.xml"), files.stream().map(PageTask.Prepared::path).toList());
        assertEquals(Sitemap.ONE_FILE_UP_TO, xml(files.get(0)).select("urlset > url").size());
    }
}
