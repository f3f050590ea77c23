package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.dozaban.content.Topic;
import org.dozaban.text.Collation;
import org.dozaban.text.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * List entries shared by several pages: articles with their summaries, topics with their counts. Topic
 * lists are made once per language and shared; safe for use from several threads.
 */
final class Listings {

    private final Site site;
    private final ArticleBodies bodies;
    private final Chrome chrome;
    private final ReaderIndex readers;
    private final Map<String, List<TopicItem>> topicLists = new ConcurrentHashMap<>();
    /** Per page language, by article ordinal: each article's entry, made once, so that keys find it by identity. */
    private final Map<String, AtomicReferenceArray<ArticleItem>> items = new ConcurrentHashMap<>();

    Listings(Site site, ArticleBodies bodies, Chrome chrome, ReaderIndex readers) {
        this.site = site;
        this.bodies = bodies;
        this.chrome = chrome;
        this.readers = readers;
    }

    /** {@code article} as listed on a page in {@code pageLang}: one entry, made on first use. */
    ArticleItem item(Article article, String pageLang) {
        AtomicReferenceArray<ArticleItem> made = items.computeIfAbsent(pageLang,
                lang -> new AtomicReferenceArray<>(site.articles().size()));
        int ordinal = site.ordinal(article);
        ArticleItem item = made.get(ordinal);
        if (item == null) {
            item = newItem(article, pageLang);
            if (!made.compareAndSet(ordinal, null, item)) {
                item = made.get(ordinal);
            }
        }
        return item;
    }

    /** Forgets the entries made, once no more lists are made; any asked for later are made again. */
    void forgetItems() {
        items.clear();
    }

    private ArticleItem newItem(Article article, String pageLang) {
        return new ArticleItem(article.title(), article.lang(), Language.direction(article.lang()),
                article.urlPath(), article.date(), article.author(), bodies.summary(article),
                !article.lang().equals(pageLang), chrome.ui(pageLang).languageName(article.lang()),
                article.draft(), site.isScheduled(article), authorPath(article.author(), pageLang));
    }

    /** The page, in {@code pageLang}, of the person a byline names; null for no name. */
    String authorPath(String name, String pageLang) {
        String slug = authorSlug(name);
        return slug == null ? null : AuthorPages.path(pageLang, slug);
    }

    /** The slug of the page of {@code name}, or null when there is none. */
    String authorSlug(String name) {
        return readers.author(name).map(Author::slug).orElse(null);
    }

    List<ArticleItem> items(List<Article> articles, String pageLang) {
        return articles.stream().map(a -> item(a, pageLang)).toList();
    }

    /** Topics that have articles, named in {@code lang} and sorted by that language's collation. */
    List<TopicItem> topics(String lang) {
        return topicLists.computeIfAbsent(lang, l -> {
            Comparator<String> collation = Collation.comparator(l);
            return site.topics().stream()
                    .map(topic -> topicItem(topic, l))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(TopicItem::name, collation).thenComparing(TopicItem::key))
                    .toList();
        });
    }

    /** The topics of {@code article}, in the order its front matter gives them. */
    List<TopicRef> topicsOf(Article article) {
        return article.topics().stream()
                .map(site::topic)
                .flatMap(Optional::stream)
                .map(topic -> new TopicRef(topic.key(), topic.name(article.lang()), topicPath(article.lang(), topic.key())))
                .toList();
    }

    /** The topic as an entry, empty when no article has it (such topics get no page). */
    Optional<TopicItem> topicItem(Topic topic, String lang) {
        int count = site.topicCount(topic.key());
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(new TopicItem(topic.key(), topic.name(lang), count, topicPath(lang, topic.key())));
    }

    /** Site-relative folder of a topic's first page in {@code lang}. */
    static String topicPath(String lang, String key) {
        return Chrome.topicsPath(lang) + key + "/";
    }

    /** Site-relative folder of a page of a topic's list: 0 for the first, else an archive page (see {@link Paging}). */
    static String topicPagePath(String lang, String key, int number) {
        return number == 0 ? topicPath(lang, key) : topicPath(lang, key) + "page/" + number + "/";
    }
}
