package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.html.ArticleHtml;
import org.dozaban.markdown.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Article bodies as sanitized HTML, and their summaries. Each body is converted once per render,
 * since the home and topic pages need the summary of an article whose page is rendered too.
 */
final class ArticleBodies {

    /** Summaries longer than this are cut at a word boundary. */
    static final int SUMMARY_LENGTH = 240;

    private final Markdown markdown;
    // Keyed by identity: the site's articles are fixed for a render, and a record's hash would walk its whole body.
    private final Map<Article, String> html = new IdentityHashMap<>();
    private final Map<Article, String> summaries = new IdentityHashMap<>();

    ArticleBodies(Markdown markdown) {
        this.markdown = markdown;
    }

    /** The body: Markdown to HTML, then sanitized and marked for direction. */
    String html(Article article) {
        return html.computeIfAbsent(article,
                a -> ArticleHtml.process(markdown.toHtml(a.body()), a.lang()));
    }

    /**
     * Plain text: the front matter summary, written in Markdown like the body, else the body's first
     * paragraph, shortened.
     */
    String summary(Article article) {
        return summaries.computeIfAbsent(article, this::summarize);
    }

    private String summarize(Article article) {
        if (article.summary() != null && !article.summary().isBlank()) {
            return body(ArticleHtml.process(markdown.toHtml(article.summary()), article.lang())).text().strip();
        }
        Element body = body(html(article));
        Element first = body.selectFirst("p");
        return shorten((first != null ? first : body).text());
    }

    private static Element body(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    static String shorten(String text) {
        String plain = text.strip();
        if (plain.codePointCount(0, plain.length()) <= SUMMARY_LENGTH) {
            return plain;
        }
        int limit = plain.offsetByCodePoints(0, SUMMARY_LENGTH);
        int space = plain.lastIndexOf(' ', limit);
        int cut = space > SUMMARY_LENGTH / 2 ? space : limit;
        return stripTrailingPunctuation(plain.substring(0, cut)) + "…";
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ",;:،؛-–—".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }
}
