package org.dozaban.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Jsoup transforms on an article body rendered from Markdown: sanitizing, then direction and language
 * attributes on blocks ({@link BlockDirection}) and on inline runs of the other direction
 * ({@link InlineDirection}). Stateless and thread-safe.
 */
public final class ArticleHtml {

    private ArticleHtml() {
    }

    /**
     * Sanitizes {@code html} and marks direction relative to an article written in {@code articleLang}.
     *
     * @param html        HTML fragment from {@link org.dozaban.markdown.Markdown}
     * @param articleLang the article's language code; the fragment's container has this lang and dir
     * @return a safe HTML fragment
     */
    public static String process(String html, String articleLang) {
        return processed(html, articleLang).html();
    }

    /**
     * {@link #process} as the processed body element, so that callers who also need the text (a summary)
     * read it from the same tree instead of parsing the HTML again. {@code html()} of the element gives
     * exactly what {@link #process} returns.
     */
    public static Element processed(String html, String articleLang) {
        Document clean = Sanitizer.clean(Jsoup.parseBodyFragment(html, Sanitizer.CHECK_BASE));
        Element body = clean.body();
        BlockDirection.apply(body, articleLang);
        InlineDirection.apply(body, articleLang);
        clean.outputSettings().prettyPrint(false);
        return body;
    }
}
