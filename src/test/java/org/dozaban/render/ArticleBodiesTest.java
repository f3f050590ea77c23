package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.markdown.Markdown;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

    /**
     * Two threads asking at once for a body the store does not have: one converts it and stores it, the
     * other waits for it rather than converting it too.
     */
    @Test
    void aBodyAskedForByTwoThreadsAtOnceIsConvertedOnce() throws Exception {
        CyclicBarrier bothMissed = new CyclicBarrier(2);
        AtomicInteger stored = new AtomicInteger();
        BodyStore store = new BodyStore() {
            @Override
            public Optional<String> summary(String key) {
                return Optional.empty();
            }

            @Override
            public Optional<Stored> body(String key) {
                try {
                    // both threads have looked and found nothing before either converts
                    bothMissed.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return Optional.empty();
            }

            @Override
            public void put(String key, String html, String summary, String searchText) {
                stored.incrementAndGet();
                try {
                    // a slow conversion: the other thread has long asked for the body when it ends
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Article article = new Article(Path.of("content/en/a.md"), "en", "a", "A", null, null, List.of(), null,
                null, null, null, null, null, null, false, "# A heading\n\nThe *body*.", 1, null);
        ArticleBodies bodies = new ArticleBodies(new Markdown(), store, null);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<BodyStore.Stored> first = threads.submit(() -> bodies.body(article));
            Future<BodyStore.Stored> second = threads.submit(() -> bodies.body(article));
            String html = first.get(20, TimeUnit.SECONDS).html();
            assertTrue(html.contains("<em>body</em>"), html);
            assertEquals(html, second.get(20, TimeUnit.SECONDS).html());
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, stored.get(), "conversions stored");
    }
}
