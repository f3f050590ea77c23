package org.dozaban.ingest;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** JSON-LD read with a JSON parser: graphs, arrays, article types, authors in every form, and bad scripts. */
class JsonLdTest {

    private static JsonLd read(String... scripts) {
        StringBuilder html = new StringBuilder("<html><head>\n");
        for (String script : scripts) {
            html.append("<script type=\"application/ld+json\">").append(script).append("</script>\n");
        }
        return JsonLd.of(Jsoup.parse(html.append("</head><body></body></html>").toString(), "",
                Parser.htmlParser().setTrackPosition(true)));
    }

    @Test
    void readsTheArticleOfAGraphBesideOtherObjects() {
        JsonLd ld = read("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Ouse Today", "headline": "Not this"}, {"name": "untyped"},
                  {"@type": ["NewsArticle", "Article"], "headline": "Otters \\"return\\" to the river \\u2014 at last",
                   "datePublished": "2023-05-19T07:30:00+01:00",
                   "author": [{"@type": "Person", "name": "Lucy Tran"}, "Omar Haddad"],
                   "publisher": {"@type": "Organization", "name": "Ouse Today"}}]}""");
        assertEquals("Otters \"return\" to the river — at last", ld.headline());
        assertEquals("Lucy Tran and Omar Haddad", ld.author());
        assertEquals("2023-05-19T07:30:00+01:00", ld.datePublished());
        assertEquals("Ouse Today", ld.publisher());
        assertEquals(List.of(), ld.unreadable());
    }

    @Test
    void readsABlogPostingInATopLevelArrayWithTabsAndEscapedSlashes() {
        JsonLd ld = read("[{\"@type\": \"BreadcrumbList\"},\n\t{\"@type\": \"BlogPosting\",\n\t\"headline\": \"Notes from"
                + " the allotment\", \"url\": \"https:\\/\\/example.org\\/a\", \"author\": \"Sam Reed\"}]");
        assertEquals("Notes from the allotment", ld.headline());
        assertEquals("Sam Reed", ld.author());
    }

    @Test
    void aMalformedScriptIsSkippedAndItsLineKept() {
        JsonLd ld = read("{\"@type\": \"NewsArticle\", \"headline\": \"Broken\",", "{\"@type\": \"Article\","
                + " \"headline\": \"Whole\", \"author\": {\"name\": \"Ana Ruiz\"}}");
        assertEquals("Whole", ld.headline());
        assertEquals("Ana Ruiz", ld.author());
        assertEquals(List.of(2), ld.unreadable());
    }

    @Test
    void aPageWithoutAnArticleGivesNothing() {
        JsonLd ld = read("{\"@type\": \"Organization\", \"name\": \"Coast Life\"}");
        assertNull(ld.headline());
        assertNull(ld.author());
        assertNull(ld.publisher());
    }

    @Test
    void aPageWithBrokenJsonLdIsImportedFromItsOtherMetadataWithAWarning() throws Exception {
        String html = "<!DOCTYPE html>\n<html><head><title>Night buses return | Valley News</title>\n"
                + "<meta name=\"author\" content=\"Laura Fenwick\">\n"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": </script>\n"
                + "</head><body><article><h1>Night buses return</h1>\n<p>The council restored three night bus"
                + " routes on Friday, eight months after they were cut to save money.</p></article></body></html>";
        Extraction e = Extractor.explain(html, java.nio.file.Path.of("page.html"));
        assertEquals("Night buses return", e.draft().title());
        assertEquals("Laura Fenwick", e.draft().author());
        assertEquals(List.of("page.html:4:1: warning: the JSON-LD script is not valid JSON; it was skipped and the"
                + " page's other metadata used\n  hint: check the script with a JSON validator"), e.warnings());
    }
}
