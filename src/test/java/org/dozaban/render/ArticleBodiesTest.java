package org.dozaban.render;

import org.junit.jupiter.api.Test;

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
}
