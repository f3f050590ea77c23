package org.dozaban.content;

/**
 * An article as read from its file, with the places that checks across files point at.
 *
 * @param article             the article
 * @param slugPlace           where its slug comes from: the slug value, else the title value, else the file
 * @param translationKeyPlace where its translation key is written, or {@link Place#FILE} when it has none
 */
record LoadedArticle(Article article, Place slugPlace, Place translationKeyPlace) {

    /** The same, with the article's body left on disk. */
    LoadedArticle withoutBody() {
        return new LoadedArticle(article.withoutBody(), slugPlace, translationKeyPlace);
    }
}
