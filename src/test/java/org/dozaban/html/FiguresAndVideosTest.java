package org.dozaban.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiguresAndVideosTest {

    private static Element body(String html, String lang) {
        return Jsoup.parseBodyFragment(ArticleHtml.processed(html, lang,
                src -> src.equals("a.png") ? Optional.of(new ImageSize(10, 20)) : Optional.empty(),
                VideoLabel.ENGLISH).html()).body();
    }

    @Test
    void anEnglishCaptionInAPersianArticleReadsLeftToRight() {
        Element body = body("<p><img src=\"a.png\" alt=\"نقشه\" title=\"The harbour in 1871\"></p>", "fa");
        Element caption = body.selectFirst("figure > figcaption");
        assertEquals("The harbour in 1871", caption.text());
        assertEquals("ltr", caption.closest("[dir]").attr("dir"));
        assertEquals("en", caption.closest("[lang]").attr("lang"));
        assertEquals("10", body.selectFirst("figure > img").attr("width"));
    }

    @Test
    void anImageInsideTextStaysInlineWithItsTitle() {
        Element body = body("<p>See <img src=\"a.png\" alt=\"a map\" title=\"Map\"> here.</p>", "en");
        assertNull(body.selectFirst("figure"));
        assertEquals("Map", body.selectFirst("p > img").attr("title"));
    }

    @Test
    void remoteImagesGetNoSizeButLoadLazily() {
        Element body = body("<p><img src=\"a.png\" alt=\"a\"></p><p><img src=\"https://example.org/b.png\" alt=\"b\"></p>",
                "en");
        Element remote = body.selectFirst("img[src^=https]");
        assertEquals("", remote.attr("width"));
        assertEquals("lazy", remote.attr("loading"));
    }

    @Test
    void videosFromAllowedSitesOnly() {
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
                Video.of("https://youtu.be/dQw4w9WgXcQ").orElseThrow().player());
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
                Video.of("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ").orElseThrow().player());
        assertEquals("https://player.vimeo.com/video/76979871?autoplay=1&dnt=1",
                Video.of("https://vimeo.com/76979871").orElseThrow().player());
        assertEquals("https://www.aparat.com/video/video/embed/videohash/Xy12z/vt/frame",
                Video.of("https://www.aparat.com/v/Xy12z").orElseThrow().player());
        assertTrue(Video.of("https://example.org/watch?v=dQw4w9WgXcQ").isEmpty());
        assertTrue(Video.of("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ").isEmpty());
        assertTrue(Video.of("javascript:alert(1)").isEmpty());
    }

    @Test
    void aVideoWithACaptionKeepsItInThePlaceholder() {
        Element body = body("<p><img src=\"https://vimeo.com/76979871\" alt=\"A talk\" title=\"Recorded in 2014\"></p>",
                "en");
        Element figure = body.selectFirst("figure.embed");
        assertEquals("Play video: A talk (Vimeo)", figure.selectFirst(".embed__label").text());
        assertEquals("Recorded in 2014", figure.selectFirst("figcaption").text());
        assertNull(body.selectFirst("img"));
    }
}
