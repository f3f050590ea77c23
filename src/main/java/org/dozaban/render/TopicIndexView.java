package org.dozaban.render;

import java.util.List;

/**
 * The list of topics of one language.
 *
 * @param topics topics with articles, in the page language's collation order
 * @param total  articles in the site, all languages
 */
public record TopicIndexView(List<TopicItem> topics, int total) {

    public TopicIndexView {
        topics = List.copyOf(topics);
    }
}
