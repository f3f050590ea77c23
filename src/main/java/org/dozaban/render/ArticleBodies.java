package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.dozaban.html.ArticleHtml;
import org.dozaban.markdown.Markdown;
import org.dozaban.text.Hashes;
import org.jsoup.nodes.Element;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Article bodies as sanitized HTML, and their summaries. A body is converted from Markdown at most
 * once per render, and not at all when the build cache has it. Summaries, which every listing needs,
 * stay in memory; bodies do not, since an archive's bodies would not fit.
 *
 * <p>Safe for use from several threads: each article has its own slot.
 */
final class ArticleBodies {

    /** Summaries longer than this are cut at a word boundary. */
    static final int SUMMARY_LENGTH = 240;

    private final Markdown markdown;
    private final BodyStore store;
    private final Site site;
    private final AtomicReferenceArray<String> summaries;

    ArticleBodies(Markdown markdown) {
        this(markdown, BodyStore.NONE, null);
    }

    /** @param site the site whose articles are asked for, or null when articles come one at a time */
    ArticleBodies(Markdown markdown, BodyStore store, Site site) {
        this.markdown = markdown;
        this.store = store;
        this.site = site;
        this.summaries = new AtomicReferenceArray<>(site == null ? 0 : site.articles().size());
    }

    /** The key under which the store keeps {@code article}'s body: its source bytes and its language. */
    static String key(Article article) {
        String source = article.sourceHash() != null ? article.sourceHash() : Hashes.sha256(article.body());
        return Hashes.sha256(source + "\u0000" + article.lang() + "\u0000"
                + (article.summary() == null ? "" : article.summary()));
    }

    /** The body: Markdown to HTML, then sanitized and marked for direction. */
    String html(Article article) {
        String key = key(article);
        Converted last = lastConverted.get();
        if (last != null && last.key().equals(key)) {
            return last.html();
        }
        return store.html(key).orElseGet(() -> convert(article, key).html());
    }

    /**
     * The body this thread converted last: a page asks for its summary first and then, when it must be
     * rendered, for its body, which is then neither converted twice nor read back from the store.
     */
    private final ThreadLocal<Converted> lastConverted = new ThreadLocal<>();

    /**
     * Plain text: the front matter summary, written in Markdown like the body, else the body's first
     * paragraph, shortened.
     */
    String summary(Article article) {
        int slot = slot(article);
        if (slot >= 0) {
            String known = summaries.get(slot);
            if (known != null) {
                return known;
            }
        }
        String key = key(article);
        String summary = store.summary(key).orElseGet(() -> convert(article, key).summary());
        if (slot >= 0) {
            summaries.set(slot, summary);
        }
        return summary;
    }

    private int slot(Article article) {
        return site == null ? -1 : site.ordinal(article);
    }

    /** Converts the body and makes the summary from the same HTML, storing both. */
    private Converted convert(Article article, String key) {
        Element body = ArticleHtml.processed(markdown.toHtml(article.body()), article.lang());
        String html = body.html();
        String summary = summarize(article, body);
        store.put(key, html, summary);
        Converted converted = new Converted(key, html, summary);
        lastConverted.set(converted);
        return converted;
    }

    private record Converted(String key, String html, String summary) {
    }

    private String summarize(Article article, Element body) {
        if (article.summary() != null && !article.summary().isBlank()) {
            return ArticleHtml.processed(markdown.toHtml(article.summary()), article.lang()).text().strip();
        }
        Element first = body.selectFirst("p");
        return shorten((first != null ? first : body).text());
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
