package org.dozaban.render;

import org.dozaban.content.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text files the search page takes its snippets from, for the bilingual fixture. */
class SearchTextFilesTest {

    private static final Pattern CALL = Pattern.compile("dozabanSearch\\.text\\((\\d+),\"([A-Za-z0-9+/=]*)\"\\);\n");

    @TempDir
    static Path out;

    static RenderedSite rendered;

    @BeforeAll
    static void render() throws Exception {
        Site site = FixtureSites.load("bilingual");
        rendered = RenderedSite.render(site, out);
    }

    /** Every text file's number and inflated text, in file order. */
    private static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Page page : rendered.pages) {
            if (page.path().startsWith("search/text/")) {
                Matcher call = CALL.matcher(page.content());
                assertTrue(call.matches(), page.path() + ": " + page.content());
                assertEquals("search/text/" + call.group(1) + ".js", page.path());
                texts.add(inflate(Base64.getDecoder().decode(call.group(2))));
            }
        }
        return texts;
    }

    private static String inflate(byte[] bytes) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(bytes);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            assertTrue(n > 0 || !inflater.needsInput(), "the stream ends before its end mark");
            text.write(buffer, 0, n);
        }
        inflater.end();
        return text.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyArticleHasItsBodyAsPlainTextWithoutFootnoteMarkers() throws Exception {
        List<String> texts = texts();
        assertEquals(10, texts.size(), "one per article of the fixture, none for its standalone pages");
        // content/fa/tehran-mornings.md: paragraphs, a list and a footnote, joined by spaces; the footnote's
        // reference number and its back link are left out
        assertTrue(texts.contains("صبح‌ها شهر پیش از آفتاب بیدار می‌شود و نانوایی‌ها زودتر از همه."
                + " Every morning the city wakes before the sun, and the bakeries before everyone."
                + " در زمستان ۱۳۹۴ نانواها می‌خواهند نان را پیش از نخستین اتوبوس به کوچه‌ها برسانند."
                + " نان سنگک نان بربری گفت‌وگو با نانوای محله."), texts.toString());
        // content/en/night-trains.md
        assertTrue(texts.contains("The night train leaves at nine and reaches the next city before dawn."),
                texts.toString());
    }
}
