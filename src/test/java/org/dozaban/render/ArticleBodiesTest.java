package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.markdown.Markdown;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleBodiesTest {

    @Test
    void shortTextIsKeptWhole() {
        assertEquals("A short first paragraph.", ArticleBodies.shorten("  A short first paragraph. "));
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        String text = "word ".repeat(100);
        String summary = ArticleBodies.shorten(text);
        assertTrue(summary.endsWith("word…"), summary);
        assertTrue(summary.length() <= ArticleBodies.SUMMARY_LENGTH + 1, summary);
    }

    @Test
    void persianTextIsCutBetweenWordsWithoutTrailingPunctuation() {
        String text = "شهر، ".repeat(100);
        String summary = ArticleBodies.shorten(text);
        assertTrue(summary.endsWith("شهر…"), summary);
    }

    @Test
    void textWithoutSpacesIsCutAtTheLimit() {
        String summary = ArticleBodies.shorten("x".repeat(500));
        assertEquals(ArticleBodies.SUMMARY_LENGTH + 1, summary.length());
    }

    @Test
    void frontMatterSummaryIsMarkdownShownAsPlainText() {
        Article article = new Article(Path.of("content/en/a.md"), "en", "a", "A", null, null, List.of(), null,
                null, null, null, null, "A *short* [summary](https://example.org/) with `code` & <b>tags</b>",
                null, false, "The body.", 1, null);
        assertEquals("A short summary with code & tags", new ArticleBodies(new Markdown()).summary(article));
    }
}
