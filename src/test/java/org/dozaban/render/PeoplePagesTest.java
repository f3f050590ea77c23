package org.dozaban.render;

import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.dozaban.testing.Trees;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Author pages of the bilingual fixture with an {@code authors.yaml} that gives two people their names
 * in both languages, and a Persian article whose bylines write one of them in Persian and the other
 * in English: each person has one page per language under the slug of the file.
 */
class PeoplePagesTest {

    @TempDir
    static Path dir;

    static RenderedSite rendered;
    static RenderedSite nativeSlugs;

    @BeforeAll
    static void render() throws Exception {
        Path content = Trees.copy(FixtureSites.ROOT.resolve("bilingual/content"), dir.resolve("content"));
        Files.writeString(content.resolve("authors.yaml"), """
                lena-hart:
                  name: {en: Lena Hart, fa: لنا هارت}
                maryam-ahmadi:
                  name: {en: Maryam Ahmadi, fa: مریم احمدی}
                """);
        Files.writeString(content.resolve("fa/lena-notes.md"), """
                ---
                title: یادداشت‌های لنا
                slug: lena-notes
                author: لنا هارت
                translator: Maryam Ahmadi
                date: 2013-01-05
                ---
                یادداشتی کوتاه.
                """);
        rendered = RenderedSite.render(ContentLoader.load(content), dir.resolve("out"));

        Path plain = Trees.copy(FixtureSites.ROOT.resolve("bilingual/content"), dir.resolve("native"));
        Files.writeString(plain.resolve("site.yaml"), Files.readString(plain.resolve("site.yaml")) + "slugs: native\n");
        nativeSlugs = RenderedSite.render(ContentLoader.load(plain), dir.resolve("native-out"));
    }

    private static Set<String> authorFolders(RenderedSite site, String lang) {
        Set<String> folders = new TreeSet<>();
        for (Page page : site.pages) {
            String prefix = lang + "/authors/";
            if (page.path().startsWith(prefix) && page.path().indexOf('/', prefix.length()) > 0) {
                folders.add(page.path().substring(prefix.length(), page.path().indexOf('/', prefix.length())));
            }
        }
        return folders;
    }

    private static String target(String from, Element link) {
        return Path.of(from).getParent().resolve(link.attr("href")).normalize().toString().replace('\\', '/');
    }

    @Test
    void eachPersonHasOnePagePerLanguageUnderTheSlugOfTheFile() {
        Set<String> expected = Set.of("lena-hart", "maryam-ahmadi", "rda-krymy", "sam-ortiz");
        assertEquals(expected, authorFolders(rendered, "fa"));
        assertEquals(expected, authorFolders(rendered, "en"));
    }

    @Test
    void thePageShowsTheNameInItsLanguageAndListsBothBylines() throws Exception {
        Document persian = rendered.page("fa/authors/lena-hart/index.html");
        assertEquals("لنا هارت", persian.selectFirst("main h1").text());
        Document english = rendered.page("en/authors/lena-hart/index.html");
        assertEquals("Lena Hart", english.selectFirst("main h1").text());
        assertEquals("Articles 4 articles", english.selectFirst("#written").text());
        assertEquals("Translations 3 articles", rendered.page("en/authors/maryam-ahmadi/index.html")
                .selectFirst("#translated").text());
    }

    @Test
    void theTwoLanguagePagesOfAPersonNameEachOtherAsAlternates() throws Exception {
        Document persian = rendered.page("fa/authors/maryam-ahmadi/index.html");
        Element english = persian.selectFirst("head link[rel=alternate][hreflang=en]");
        assertNotNull(english);
        assertEquals("https://example.org/archive/en/authors/maryam-ahmadi/", english.attr("href"));
        assertEquals("https://example.org/archive/fa/authors/maryam-ahmadi/", rendered.page(
                "en/authors/maryam-ahmadi/index.html").selectFirst("head link[rel=alternate][hreflang=fa]").attr("href"));
        String sitemap = rendered.file("sitemap.xml");
        String entry = sitemap.substring(sitemap.indexOf("<loc>https://example.org/archive/fa/authors/maryam-ahmadi/</loc>"));
        entry = entry.substring(0, entry.indexOf("</url>"));
        assertTrue(entry.contains("hreflang=\"en\" href=\"https://example.org/archive/en/authors/maryam-ahmadi/\""), entry);
    }

    @Test
    void bylinesInEitherLanguageLeadToThePerson() throws Exception {
        String file = "fa/2013/01/lena-notes/index.html";
        Document notes = rendered.page(file);
        assertEquals("fa/authors/lena-hart/index.html", target(file, notes.selectFirst(".article__author a[rel=author]")));
        assertEquals("fa/authors/maryam-ahmadi/index.html", target(file, notes.selectFirst("a.article__translator")));
    }

    @Test
    void theIndexShowsEachPersonOnceByTheirNameInThePagesLanguage() throws Exception {
        assertEquals(List.of("رضا کریمی ۱ مقاله", "لنا هارت ۴ مقاله", "مریم احمدی ۳ مقاله", "Sam Ortiz ۳ مقاله"),
                rendered.page("fa/authors/index.html").select(".author-list li").eachText());
        assertEquals(List.of("Lena Hart 4 articles", "Maryam Ahmadi 3 articles", "Sam Ortiz 3 articles",
                "رضا کریمی 1 article"), rendered.page("en/authors/index.html").select(".author-list li").eachText());
    }

    @Test
    void withNativeSlugsAPersianNameIsItsOwnSlug() throws Exception {
        Set<String> folders = authorFolders(nativeSlugs, "fa");
        assertEquals(Set.of("lena-hart", "sam-ortiz", "رضا-کریمی", "مریم-احمدی"), folders);
        assertEquals("مریم احمدی", nativeSlugs.page("en/authors/مریم-احمدی/index.html").selectFirst("main h1").text());
    }
}
