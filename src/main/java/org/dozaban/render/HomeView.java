package org.dozaban.render;

import java.util.List;

/**
 * A language's home page.
 *
 * @param latest     articles in the page's language, newest first
 * @param untranslated articles in other languages with no version in the page's language
 * @param topics     topics with articles, in the page language's collation order
 */
public record HomeView(List<ArticleItem> latest, List<ArticleItem> untranslated, List<TopicItem> topics) {

    public HomeView {
        latest = List.copyOf(latest);
        untranslated = List.copyOf(untranslated);
        topics = List.copyOf(topics);
    }
}
