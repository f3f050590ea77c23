package org.dozaban.html;

/**
 * Jsoup transforms on an article body rendered from Markdown: sanitizing, then direction and language
 * attributes on blocks and inline runs of the other script.
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
        return html;
    }
}
