package org.dozaban.content;

/**
 * An article as read from its file, with the places that checks across files point at.
 *
 * @param article             the article
 * @param defaultSlug         its slug was made from the title or file name, not written as {@code slug:}
 * @param slugPlace           where its slug comes from: the slug value, else the title value, else the file
 * @param translationKeyPlace where its translation key is written, or {@link Place#FILE} when it has none
 */
record LoadedArticle(Article article, boolean defaultSlug, Place slugPlace, Place translationKeyPlace) {

    /** The same, with another article. */
    LoadedArticle with(Article other) {
        return new LoadedArticle(other, defaultSlug, slugPlace, translationKeyPlace);
    }

    /** The same, with the article's body left on disk. */
    LoadedArticle withoutBody() {
        return new LoadedArticle(article.withoutBody(), defaultSlug, slugPlace, translationKeyPlace);
    }
}
