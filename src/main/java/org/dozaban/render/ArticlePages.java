package org.dozaban.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.dozaban.content.Article;
import org.dozaban.text.KeyHash;
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
    /** Per language, the key of what every article page in it shares: its chrome, found on a page of none. */
    private final Map<String, String> chromeKeys = new LinkedHashMap<>();

    ArticlePages(Rendering r) {
        this.r = r;
        this.related = new RelatedArticles(r.site(), r.bodies().store());
        for (String lang : r.site().config().languages()) {
            chromeKeys.put(lang, ViewKey.of(r.chrome().meta("", lang, "article", null, "article", Map.of())));
        }
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
        return () -> prepare(edited, place, newer, older);
    }

    /**
     * The page; when the last build recorded it from the same {@link #inputs}, it is not prepared again: its
     * view would be the same, and so its key, which is taken as recorded. It is still rendered should the
     * file be found changed.
     */
    private PageTask.Prepared prepareUnlessKept(Article article, Article newer, Article older) {
        List<Article> translations = r.site().translations(article);
        List<Article> relatedArticles = related.of(article);
        String file = RelativeUrls.fileOf(article.urlPath());
        String inputs = inputs(article, newer, older, translations, relatedArticles);
        String kept = r.sink().keptKey(file, inputs);
        if (kept == null) {
            PageTask.Prepared page = prepare(article, article, newer, older);
            return new PageTask.Prepared(page.path(), page.meta(), page.lastmod(), page.key(), inputs,
                    page.renderer());
        }
        // the sitemap takes the address and the language versions, which the page's chrome has without its body
        PageMeta meta = r.chrome().meta(file, article.lang(), "article", article.title(), "article",
                versions(article, translations));
        return new PageTask.Prepared(file, meta, article.date(), kept, inputs,
                () -> prepare(article, article, newer, older).renderer().render());
    }

    /**
     * A digest of everything {@link #prepare} makes the page's view and key from, besides what every page
     * depends on (the templates, the site files, the tool; the build cache keeps nothing when they change):
     * the chrome of the page's language, and the article, its translations, its neighbours and its related
     * articles as the page shows them. An article's source hash stands for all it was read from its file;
     * its address and flags, which other files and the day of the build can change, are added apart. Null
     * when one of them was not read from a file, and has no source hash.
     */
    private String inputs(Article article, Article newer, Article older, List<Article> translations,
                          List<Article> relatedArticles) {
        if (article.sourceHash() == null || translations.stream().anyMatch(t -> t.sourceHash() == null)
                || relatedArticles.stream().anyMatch(a -> a.sourceHash() == null)) {
            return null;
        }
        String lang = article.lang();
        KeyHash digest = new KeyHash().text(chromeKeys.get(lang));
        shown(digest, article, lang);
        digest.text(r.bodies().keyOf(article))
                .text(String.valueOf(r.listings().authorPath(article.translator(), lang)));
        digest.number(translations.size());
        translations.forEach(t -> shown(digest, t, lang));
        linked(digest, newer);
        linked(digest, older);
        digest.number(relatedArticles.size());
        for (Article other : relatedArticles) {
            shown(digest, other, lang);
            // the summary of a related article is listed, which its body's key covers
            digest.text(r.bodies().keyOf(other));
        }
        return digest.hex();
    }

    /** An article as a page in {@code pageLang} shows it: read from its source, at its address, with its flags. */
    private void shown(KeyHash digest, Article article, String pageLang) {
        digest.text(article.lang()).text(article.urlPath()).text(article.sourceHash())
                .tag((byte) ((article.draft() ? 1 : 0) | (r.site().isScheduled(article) ? 2 : 0)))
                .text(String.valueOf(r.listings().authorPath(article.author(), pageLang)));
    }

    /** A neighbour, as its link shows it. */
    private static void linked(KeyHash digest, Article article) {
        if (article == null) {
            digest.tag((byte) 0);
        } else {
            digest.tag((byte) 1).text(article.title()).text(article.lang()).text(article.urlPath());
        }
    }

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
     * @param place the site's article at {@code article}'s place: the article itself, or the one it was
     *              read again for, whose translations and related articles it has
     */
    private PageTask.Prepared prepare(Article article, Article place, Article newer, Article older) {
        List<Article> translations = r.site().translations(place);
        Map<String, String> versions = versions(article, translations);
        String file = RelativeUrls.fileOf(article.urlPath());
        PageMeta meta = r.chrome().meta(file, article.lang(), "article", article.title(), "article", versions)
                .withDescription(r.bodies().summary(article));
        ArticleView view = new ArticleView(article.title(), article.lang(), Language.direction(article.lang()),
                article.author(), article.date(), r.listings().topicsOf(article), article.publisher(),
                article.sourceUrl(), article.via(), article.translator(), NO_BODY,
                translations.stream().map(ArticlePages::link).toList(), link(newer), link(older),
                article.draft(), r.site().isScheduled(article), false, readerLinks(article, place));
        String key = ViewKey.of(r.keys(), "article.peb", meta, "article", view, r.bodies().keyOf(article));
        List<String> topicNames = view.topics().stream().map(TopicRef::name).toList();
        // the link preview reads the body (its first image), so it is made with the body, when rendering
        return new PageTask.Prepared(file, meta, article.date(), key, () -> {
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
    private ReaderLinks readerLinks(Article article, Article place) {
        String lang = article.lang();
        return new ReaderLinks(
                article.date() == null ? null : ArchivePages.monthPath(lang, article.date()),
                r.listings().authorPath(article.author(), lang),
                r.listings().authorPath(article.translator(), lang),
                0,
                r.listings().items(related.of(place), lang));
    }

    private static Link link(Article article) {
        if (article == null) {
            return null;
        }
        return new Link(article.title(), article.lang(), Language.direction(article.lang()), article.urlPath());
    }
}
