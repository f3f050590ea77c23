package org.dozaban.render;

import java.util.List;

/**
 * One page of a topic's article list.
 *
 * @param topic    the topic
 * @param articles this page's articles: the page's language first, newest first
 * @param pager    position among the topic's pages
 */
public record TopicPageView(TopicItem topic, List<ArticleItem> articles, Pager pager) {

    public TopicPageView {
        articles = List.copyOf(articles);
    }
}
