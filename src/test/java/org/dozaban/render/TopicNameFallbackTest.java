package org.dozaban.render;

import org.dozaban.content.Topic;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A topic with no Persian name is shown by its English one on Persian pages; that name is marked as
 * English wherever it appears, so it reads left to right inside the right-to-left interface.
 */
class TopicNameFallbackTest {

    private static final String KEY = "books";

    @TempDir
    static Path out;

    static RenderedSite rendered;

    @BeforeAll
    static void render() throws Exception {
        rendered = RenderedSite.render(FixtureSites.bilingual(topics -> topics.stream()
                .map(t -> t.key().equals(KEY) ? new Topic(KEY, Map.of("en", "Books"), Map.of()) : t)
                .toList(), articles -> articles), out);
    }

    private static void assertEnglish(Element name) {
        assertNotNull(name);
        assertEquals("Books", name.text());
        assertEquals("en", name.attr("lang"), name.outerHtml());
        assertEquals("ltr", name.attr("dir"), name.outerHtml());
    }

    private static Element linkTo(Document page, String text) {
        return page.select("main a").stream().filter(a -> a.text().contains(text)).findFirst().orElse(null);
    }

    @Test
    void inTheTopicListsOfHomeAndTopicIndex() throws Exception {
        for (String page : List.of("fa/index.html", "fa/topics/index.html")) {
            Element link = linkTo(rendered.page(page), "Books");
            assertNotNull(link, page);
            assertEnglish(link.selectFirst(".topic-list__name"));
        }
    }

    @Test
    void asTheTopicPageHeading() throws Exception {
        Element heading = rendered.page("fa/topics/" + KEY + "/index.html").selectFirst("main h1");
        assertEnglish(heading.getAllElements().stream().filter(e -> e.ownText().equals("Books")).findFirst()
                .orElse(null));
    }

    @Test
    void asATagOfAPersianArticle() throws Exception {
        Element tags = rendered.page("fa/2012/02/ibm-computers/index.html").selectFirst(".tags");
        assertEnglish(tags.selectFirst("a"));
    }
}
