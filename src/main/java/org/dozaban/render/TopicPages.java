package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.content.Site;
import org.dozaban.text.Scripts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Per language: the topic index, and for every topic with articles its paginated article list, the
 * page's language first, then the other languages in site order, each newest first.
 */
final class TopicPages {

    private final Rendering r;

    TopicPages(Rendering r) {
        this.r = r;
    }

    List<HtmlPage> render() throws ContentException {
        List<HtmlPage> pages = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            List<TopicItem> topics = r.listings().topics(lang);
            pages.add(index(lang, topics));
            for (TopicItem topic : topics) {
                pages.addAll(topicPages(lang, topic));
            }
        }
        return pages;
    }

    private HtmlPage index(String lang, List<TopicItem> topics) throws ContentException {
        String file = RelativeUrls.fileOf(Chrome.topicsPath(lang));
        PageMeta meta = r.chrome().meta(file, lang, "topics", r.chrome().ui(lang).get("topics"), "website",
                r.chrome().everyLanguage(Chrome::topicsPath));
        TopicIndexView view = new TopicIndexView(topics, r.site().articles().size());
        return r.page("topics.peb", meta, "topics", view);
    }

    private List<HtmlPage> topicPages(String lang, TopicItem topic) throws ContentException {
        List<ArticleItem> items = r.listings().items(ordered(lang, topic.key()), lang);
        int size = r.site().config().pageSize();
        int total = Math.max(1, (items.size() + size - 1) / size);
        List<HtmlPage> pages = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            List<ArticleItem> slice = items.subList((number - 1) * size, Math.min(items.size(), number * size));
            pages.add(topicPage(lang, topic, slice, pager(lang, topic.key(), number, total)));
        }
        return pages;
    }

    private HtmlPage topicPage(String lang, TopicItem topic, List<ArticleItem> slice, Pager pager)
            throws ContentException {
        int number = pager.current();
        String file = RelativeUrls.fileOf(Listings.topicPath(lang, topic.key(), number));
        String heading = number == 1 ? topic.name()
                : topic.name() + " – " + r.chrome().ui(lang).format("pageOf", number, pager.total());
        PageMeta meta = r.chrome().meta(file, lang, "topics", heading, "website",
                r.chrome().everyLanguage(l -> Listings.topicPath(l, topic.key(), number)));
        TopicPageView view = new TopicPageView(topic, slice, pager,
                new TopicFeeds(r, r.readers()).pathOf(lang, topic.key()));
        return r.page("topic.peb", meta, "topic", view);
    }

    /** The topic's articles: {@code lang} first, then the other languages in site order; newest first within each. */
    private List<Article> ordered(String lang, String key) {
        List<String> languages = r.site().config().languages();
        Comparator<Article> languageFirst = Comparator.comparingInt(
                a -> a.lang().equals(lang) ? -1 : languages.indexOf(a.lang()));
        return r.site().articlesWithTopic(key).stream().sorted(languageFirst.thenComparing(Site.NEWEST_FIRST)).toList();
    }

    private Pager pager(String lang, String key, int current, int total) {
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            links.add(pageLink(lang, key, n));
        }
        return new Pager(current, total, current > 1 ? pageLink(lang, key, current - 1) : null,
                current < total ? pageLink(lang, key, current + 1) : null, links);
    }

    private Link pageLink(String lang, String key, int number) {
        return new Link(r.chrome().ui(lang).format("number", number), lang, Scripts.direction(lang),
                Listings.topicPath(lang, key, number));
    }
}
