package org.dozaban.render;

import java.util.List;

/**
 * A page of a language's article list: its home page (page 1) and the archive pages after it.
 *
 * @param articles     this page's articles in the page's language, newest first, with their summaries
 * @param untranslated on the first page: the newest articles in other languages with no version in the
 *                     page's language; empty on later pages
 * @param topics       on the first page: topics with articles, in the page language's collation order
 * @param pager        position among the list's pages
 */
public record HomeView(List<ArticleItem> articles, List<ArticleItem> untranslated, List<TopicItem> topics,
                       Pager pager) {

    public HomeView {
        articles = List.copyOf(articles);
        untranslated = List.copyOf(untranslated);
        topics = List.copyOf(topics);
    }
}
