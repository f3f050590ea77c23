package org.dozaban.render;

import org.dozaban.content.Site;
import org.dozaban.publish.BundleFiles;
import org.dozaban.publish.FileCopy;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page bundles of the fixture: files beside the page, shared by translations, image sizes, figures, videos. */
class BundlesAndImagesTest {

    private static final String EN = "en/2010/05/harbour-lights/";
    private static final String FA = "fa/2010/05/harbour-lights/";
    private static final Path FIXTURE = FixtureSites.ROOT.resolve("bilingual/content");

    @TempDir
    static Path out;

    private static Site site;
    private static RenderedSite rendered;

    @BeforeAll
    static void render() throws Exception {
        site = FixtureSites.load("bilingual");
        rendered = RenderedSite.render(site, out);
    }

    @Test
    void bundleFilesGoBesideThePageAndTranslationsShareThem() {
        List<FileCopy> copies = BundleFiles.of(site);
        Path en = FIXTURE.resolve("en/harbour-lights");
        Path fa = FIXTURE.resolve("fa/harbour-lights");
        assertEquals(List.of(
                new FileCopy(fa.resolve("chart.png"), EN + "chart.png"),
                new FileCopy(en.resolve("harbour.jpg"), EN + "harbour.jpg"),
                new FileCopy(en.resolve("map.png"), EN + "map.png"),
                new FileCopy(en.resolve("notes.txt"), EN + "notes.txt"),
                new FileCopy(en.resolve("wave.svg"), EN + "wave.svg"),
                new FileCopy(fa.resolve("chart.png"), FA + "chart.png"),
                new FileCopy(en.resolve("harbour.jpg"), FA + "harbour.jpg"),
                new FileCopy(en.resolve("map.png"), FA + "map.png"),
                new FileCopy(en.resolve("notes.txt"), FA + "notes.txt"),
                new FileCopy(en.resolve("wave.svg"), FA + "wave.svg")), copies);
    }

    @Test
    void imagesHaveTheirSizeAndOnlyTheFirstLoadsEagerly() throws Exception {
        Document en = rendered.page(EN + "index.html");
        Element photo = en.selectFirst(".article__body img[src=harbour.jpg]");
        assertEquals("64", photo.attr("width"));
        assertEquals("48", photo.attr("height"));
        assertEquals("eager", photo.attr("loading"));
        assertEquals("async", photo.attr("decoding"));
        Element map = en.selectFirst(".article__body img[src=map.png]");
        assertEquals(List.of("32", "16", "lazy", "async"),
                List.of(map.attr("width"), map.attr("height"), map.attr("loading"), map.attr("decoding")));
        Element wave = en.selectFirst(".article__body img[src=wave.svg]");
        assertEquals(List.of("120", "12", ""), List.of(wave.attr("width"), wave.attr("height"), wave.attr("alt")));
        assertTrue(wave.hasAttr("alt"), "a decorative image keeps an empty alt");
        assertEquals(1, en.select(".article__body img[loading=eager]").size());
    }

    @Test
    void aTranslationShowsTheOriginalsImage() throws Exception {
        Element photo = rendered.page(FA + "index.html").selectFirst(".article__body img[src=harbour.jpg]");
        assertEquals("64", photo.attr("width"));
        assertTrue(out.resolve(FA + "harbour.jpg").toFile().isFile());
    }

    @Test
    void aCaptionedImageIsAFigureInTheCaptionsLanguage() throws Exception {
        Element en = rendered.page(EN + "index.html").selectFirst(".article__body figure:has(img[src=harbour.jpg])");
        assertEquals("The quay at dusk", en.selectFirst("figcaption").text());
        assertFalse(en.selectFirst("img").hasAttr("title"), "the caption is not repeated as a tooltip");
        Element fa = rendered.page(FA + "index.html").selectFirst(".article__body figure:has(img[src=harbour.jpg])");
        assertEquals("اسکله در غروب", fa.selectFirst("figcaption").text());
        assertEquals("", fa.selectFirst("figcaption").attr("dir"), "a Persian caption in a Persian article keeps its direction");
    }

    @Test
    void videosAreClickToLoadPlaceholdersTitledInThePagesLanguage() throws Exception {
        Document en = rendered.page(EN + "index.html");
        Element youtube = en.selectFirst(".article__body figure.embed");
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", youtube.attr("data-embed"));
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ", youtube.selectFirst("a.embed__link").attr("href"));
        assertEquals("Play video: A walk along the quay at night (YouTube)", youtube.selectFirst(".embed__label").text());
        assertNull(en.selectFirst("iframe, img[src*=youtube], script[src*=youtube]"));
        assertNotNull(en.selectFirst("script[src$=assets/embed.js]"));
        Element aparat = rendered.page(FA + "index.html").selectFirst(".article__body figure.embed");
        assertEquals("https://www.aparat.com/v/abc123", aparat.selectFirst("a").attr("href"));
        assertEquals("پخش ویدیو: گردشی شبانه در کنار اسکله (Aparat)", aparat.selectFirst(".embed__label").text());
        assertNull(rendered.page("en/2015/03/night-trains-across-the-plateau/index.html")
                .selectFirst("script[src$=embed.js]"), "pages without videos load no script");
    }

    @Test
    void linksToBundleFilesPointAtTheCopies() throws Exception {
        Element link = rendered.page(EN + "index.html").selectFirst(".article__body a[href=notes.txt]");
        assertNotNull(link);
        assertTrue(out.resolve(EN + "notes.txt").toFile().isFile());
    }
}
