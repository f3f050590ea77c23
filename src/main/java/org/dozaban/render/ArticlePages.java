package org.dozaban.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.text.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page per article; the page's interface language is the article's language. */
final class ArticlePages {

    private static final SafeString NO_BODY = new SafeString("");

    private final Rendering r;
    private final RelatedArticles related;
    private final PageInputs inputs;

    ArticlePages(Rendering r, RelatedArticles related, PageInputs inputs) {
        this.r = r;
        this.related = related;
        this.inputs = inputs;
    }

    /** Keeps what this render made for the next, once every task has been prepared. */
    void finish() {
        related.keep();
    }

    /** A task per article, each language's articles newest first. */
    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            List<Article> articles = r.site().articles(lang);
            for (int i = 0; i < articles.size(); i++) {
                Article newer = i > 0 ? articles.get(i - 1) : null;
                Article article = articles.get(i);
                Article older = i + 1 < articles.size() ? articles.get(i + 1) : null;
                tasks.add(() -> prepareUnlessKept(article, newer, older));
            }
        }
        return tasks;
    }

    /**
     * The task of the page of {@code edited}, a new reading of the site's article {@code place} that differs
     * from it at most in its title, summary and body ({@link Article#samePlaceAs}): the page as a render
     * of the site with {@code edited} in its place makes it.
     */
    PageTask edited(Article place, Article edited) {
        List<Article> articles = r.site().articles(place.lang());
        int i = articles.indexOf(place);
        if (i < 0 || !place.samePlaceAs(edited)) {
            throw new IllegalArgumentException("not an article of the site, or placed otherwise: " + place.file());
        }
        Article newer = i > 0 ? articles.get(i - 1) : null;
        Article older = i + 1 < articles.size() ? articles.get(i + 1) : null;
        return () -> {
            // the translations and related articles of the site's article at its place
            List<Article> translations = r.site().translations(place);
            return prepare(edited, newer, older, translations, related.of(place), meta(edited, translations));
        };
    }

    /**
     * The page, or when the last build recorded it from the same inputs, the page with the key it recorded,
     * unprepared: its view would be the same, and so its key. The inputs are the article, its translator's
     * page, its translations, its neighbours and its related articles, as {@link PageInputs} digests them.
     */
    private PageTask.Prepared prepareUnlessKept(Article article, Article newer, Article older)
            throws ContentException {
        List<Article> translations = r.site().translations(article);
        List<Article> relatedArticles = related.of(article);
        String digest = inputs.page("article", article.lang()).article(article)
                .text(r.listings().authorPath(article.translator(), article.lang()))
                .articles(translations).article(newer).article(older).articles(relatedArticles).hex();
        String file = RelativeUrls.fileOf(article.urlPath());
        return inputs.keptOr(file, () -> r.chrome().sitemapEntry(file, versions(article, translations), article.date()),
                digest, () -> prepare(article, newer, older, translations, relatedArticles, meta(article, translations)));
    }

    /** The page's chrome, without the description, which is the article's summary. */
    private PageMeta meta(Article article, List<Article> translations) {
        return r.chrome().meta(RelativeUrls.fileOf(article.urlPath()), article.lang(), "article", article.title(),
                "article", versions(article, translations));
    }

    /** The article's address in its language and in each of its translations'. */
    private static Map<String, String> versions(Article article, List<Article> translations) {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(article.lang(), article.urlPath());
        translations.forEach(t -> versions.putIfAbsent(t.lang(), t.urlPath()));
        return versions;
    }

    /**
     * The page, keyed by its view without the body plus the body's own key, so that an unchanged article
     * is neither converted nor rendered again.
     *
     * @param translations   the translations of the site's article at {@code article}'s place: the article
     *                       itself, or the one it was read again for
     * @param relatedArticles the related articles of that article
     * @param chrome          the page's chrome without its description ({@link #meta})
     */
    private PageTask.Prepared prepare(Article article, Article newer, Article older, List<Article> translations,
                                      List<Article> relatedArticles, PageMeta chrome) {
        String file = chrome.path();
        PageMeta meta = chrome.withDescription(r.bodies().summary(article));
        ArticleView view = new ArticleView(article.title(), article.lang(), Language.direction(article.lang()),
                article.author(), article.date(), r.listings().topicsOf(article), article.publisher(),
                article.sourceUrl(), article.via(), article.translator(), NO_BODY,
                translations.stream().map(ArticlePages::link).toList(), link(newer), link(older),
                article.draft(), r.site().isScheduled(article), false, readerLinks(article, relatedArticles));
        String key = ViewKey.of(r.keys(), "article.peb", meta, "article", view, r.bodies().keyOf(article));
        List<String> topicNames = view.topics().stream().map(TopicRef::name).toList();
        // the link preview reads the body (its first image), so it is made with the body, when rendering
        return new PageTask.Prepared(file, SitemapEntry.of(meta, article.date()), key, () -> {
            BodyStore.Stored body = r.bodies().body(article);
            String html = body.html();
            PageMeta withPreview = new ArticlePreview(r.chrome()).apply(meta, article, translations, html,
                    topicNames);
            return r.templates().render("article.peb", withPreview, r.chrome().ui(meta.lang()), "article",
                    view.withBody(new SafeString(html), html.contains(" data-embed="),
                            ReadingTime.minutesFor(ReadingTime.words(body.searchText()))));
        });
    }

    /** The reading time is left at 0 here: it comes from the body, which the page's key covers. */
    private ReaderLinks readerLinks(Article article, List<Article> relatedArticles) {
        String lang = article.lang();
        return new ReaderLinks(
                article.date() == null ? null : ArchivePages.monthPath(lang, article.date()),
                r.listings().authorPath(article.author(), lang),
                r.listings().authorPath(article.translator(), lang),
                0,
                r.listings().items(relatedArticles, lang));
    }

    private static Link link(Article article) {
        if (article == null) {
            return null;
        }
        return new Link(article.title(), article.lang(), Language.direction(article.lang()), article.urlPath());
    }
}
