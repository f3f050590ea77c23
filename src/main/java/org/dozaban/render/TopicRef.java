package org.dozaban.render;

/**
 * A topic as an article page names it: no count, so an article page does not change when another
 * article takes or drops the topic.
 *
 * @param key  the topic key
 * @param name the topic's name in the page's language
 * @param path site-relative folder of the topic's first page in the page's language
 */
public record TopicRef(String key, String name, String path) {
}
