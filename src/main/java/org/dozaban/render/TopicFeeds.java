package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Topic;
import org.dozaban.html.Direction;

import java.util.ArrayList;
import java.util.List;

/**
 * An Atom feed per topic and language, {@code <lang>/topics/<key>/feed.xml}: the newest
 * {@code pageSize} dated articles of that language with the topic. A topic with no dated article in
 * a language has no feed in it; its topic page then links none.
 */
final class TopicFeeds {

    private final Rendering r;

    TopicFeeds(Rendering r) {
        this.r = r;
    }

    /** Site-relative path of the feed of topic {@code key} in {@code lang}. */
    static String path(String lang, String key) {
        return Listings.topicPath(lang, key) + "feed.xml";
    }

    /** The feed of the topic in {@code lang}, or null when it has none. */
    String pathOf(String lang, String key) {
        for (Article article : r.site().articlesWithTopic(key)) {
            if (article.lang().equals(lang) && article.date() != null) {
                return path(lang, key);
            }
        }
        return null;
    }

    /** A task per topic and language with dated articles, each a feed of {@code feeds}. */
    List<PageTask> tasks(FeedPages feeds) {
        List<PageTask> tasks = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            for (Topic topic : r.site().topics()) {
                List<Article> entries = entries(lang, topic.key());
                if (!entries.isEmpty()) {
                    feeds.uses(entries);
                    String title = Direction.title(topic.name(lang) + " – " + r.site().config().title(lang), lang);
                    tasks.add(() -> feeds.prepare(path(lang, topic.key()), lang, title, "",
                            Listings.topicPath(lang, topic.key()), entries));
                }
            }
        }
        return tasks;
    }

    private List<Article> entries(String lang, String key) {
        return r.site().articlesWithTopic(key).stream()
                .filter(a -> a.lang().equals(lang) && a.date() != null)
                .limit(r.site().config().pageSize())
                .toList();
    }
}
