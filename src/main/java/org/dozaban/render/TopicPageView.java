package org.dozaban.render;

import java.util.List;

/**
 * One page of a topic's article list.
 *
 * @param topic    the topic
 * @param count    on the first page, articles with the topic in every language; 0 on archive pages, which
 *                 do not change as new articles arrive
 * @param articles this page's articles: the page's language first, newest first
 * @param pager    position among the topic's pages
 */
public record TopicPageView(TopicRef topic, int count, List<ArticleItem> articles, Pager pager) {

    public TopicPageView {
        articles = List.copyOf(articles);
    }
}
