package org.dozaban.render;

import java.util.List;

/**
 * A language's home page.
 *
 * @param latest       the newest articles in the page's language, shown with their summaries
 * @param earlier      the remaining articles in the page's language, newest first, listed briefly
 * @param untranslated articles in other languages with no version in the page's language
 * @param topics       topics with articles, in the page language's collation order
 */
public record HomeView(List<ArticleItem> latest, List<ArticleItem> earlier, List<ArticleItem> untranslated,
                       List<TopicItem> topics) {

    public HomeView {
        latest = List.copyOf(latest);
        earlier = List.copyOf(earlier);
        untranslated = List.copyOf(untranslated);
        topics = List.copyOf(topics);
    }
}
