package org.dozaban.render;

/**
 * A topic with articles, as listed on topic indexes, home pages and articles.
 *
 * @param key   the topic key
 * @param name  the topic's name in the page's language
 * @param count articles with the topic, all languages together
 * @param path  site-relative folder of the topic's first page in the page's language
 */
public record TopicItem(String key, String name, int count, String path) {
}
