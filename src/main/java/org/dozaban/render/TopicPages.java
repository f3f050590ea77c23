package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per language: the topic index, and for every topic with articles its paginated article list, the
 * page's language first, then the other languages in site order, each newest first.
 */
final class TopicPages {

    private final Rendering r;
    /**
     * Each topic's articles in the order of a page language, with their paging, joined once from its
     * language groups and shared by its pages.
     */
    private final Map<String, PagedList> ordered = new ConcurrentHashMap<>();

    private final PageInputs inputs;

    TopicPages(Rendering r, PageInputs inputs) {
        this.r = r;
        this.inputs = inputs;
    }

    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            tasks.add(() -> index(lang));
            for (TopicItem topic : r.listings().topics(lang)) {
                PagedList list = ordered(lang, topic.key());
                for (int number = 0; number <= list.paging().archivePages(); number++) {
                    int n = number;
                    tasks.add(() -> topicPage(lang, topic, n, list));
                }
            }
        }
        return tasks;
    }

    private PageTask.Prepared index(String lang) {
        String file = RelativeUrls.fileOf(Chrome.topicsPath(lang));
        PageMeta meta = r.chrome().meta(file, lang, "topics", r.chrome().ui(lang).get("topics"), "website",
                r.chrome().everyLanguage(Chrome::topicsPath));
        TopicIndexView view = new TopicIndexView(r.listings().topics(lang), r.site().articles().size());
        return r.prepared("topics.peb", meta, "topics", view);
    }

    /**
     * Page {@code number} of a topic's list: 0 for the first, else an archive page. The list is the same in
     * every language but for its order, which makes its blocks (see {@link Paging}); a page's versions are
     * the pages of that number in the languages whose list has one.
     */
    private PageTask.Prepared topicPage(String lang, TopicItem topic, int number, PagedList list)
            throws ContentException {
        Paging paging = list.paging();
        String file = RelativeUrls.fileOf(Listings.topicPagePath(lang, topic.key(), number));
        Map<String, String> versions = versions(topic.key(), number);
        List<Article> slice = list.page(number);
        // the topic's name and address, the languages it has this page in, its count on the first page, the
        // pager, the feed, the entries
        String digest = inputs.page("topic", lang).text(topic.key()).text(topic.name()).text(topic.path())
                .text(String.join(" ", versions.keySet()))
                .number(number == 0 ? topic.count() : 0).number(number)
                .number(Pager.lengthSeen(number, paging.archivePages()))
                .text(new TopicFeeds(r).pathOf(lang, topic.key())).articles(slice).hex();
        return inputs.keptOr(file, () -> r.chrome().sitemapEntry(file, versions, null), digest, () -> {
            UiStrings ui = r.chrome().ui(lang);
            String heading = ui.paged(topic.name(), number);
            PageMeta meta = r.chrome().meta(file, lang, "topics", heading, "website", versions);
            return topicPage(lang, topic, number, paging, meta, slice, ui);
        });
    }

    private PageTask.Prepared topicPage(String lang, TopicItem topic, int number, Paging paging, PageMeta meta,
                                        List<Article> slice, UiStrings ui) {
        TopicPageView view = new TopicPageView(new TopicRef(topic.key(), topic.name(), topic.path()),
                number == 0 ? topic.count() : 0, r.listings().items(slice, lang),
                Pager.of(number, paging.archivePages(), n -> Listings.topicPagePath(lang, topic.key(), n), ui),
                new TopicFeeds(r).pathOf(lang, topic.key()));
        return r.prepared("topic.peb", meta, "topic", view);
    }

    /** Page {@code number} of the topic's list in each language whose list has it, by language. */
    private Map<String, String> versions(String key, int number) {
        Map<String, String> versions = r.chrome().everyLanguage(l -> Listings.topicPagePath(l, key, number));
        versions.keySet().removeIf(l -> number > ordered(l, key).paging().archivePages());
        return versions;
    }

    /** The topic's articles in the order of {@code lang}, with their paging. */
    private PagedList ordered(String lang, String key) {
        return ordered.computeIfAbsent(lang + "/" + key, k -> PagedList.of(r.site().topicGroups(key), lang,
                r.site().config().languages(), r.site().config().pageSize()));
    }
}
