package org.dozaban.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.dozaban.content.Article;
import org.dozaban.text.Scripts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page per article; the page's interface language is the article's language. */
final class ArticlePages {

    private static final SafeString NO_BODY = new SafeString("");

    private final Rendering r;

    ArticlePages(Rendering r) {
        this.r = r;
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
                tasks.add(() -> prepare(article, newer, older));
            }
        }
        return tasks;
    }

    /**
     * The page, keyed by its view without the body plus the body's own key, so that an unchanged article
     * is neither converted nor rendered again.
     */
    private PageTask.Prepared prepare(Article article, Article newer, Article older) {
        List<Article> translations = r.site().translations(article);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(article.lang(), article.urlPath());
        translations.forEach(t -> versions.putIfAbsent(t.lang(), t.urlPath()));
        String file = RelativeUrls.fileOf(article.urlPath());
        PageMeta meta = r.chrome().meta(file, article.lang(), "article", article.title(), "article", versions)
                .withDescription(r.bodies().summary(article));
        ArticleView view = new ArticleView(article.title(), article.lang(), Scripts.direction(article.lang()),
                article.author(), article.date(), r.listings().topicsOf(article), article.publisher(),
                article.sourceUrl(), article.via(), article.translator(), NO_BODY,
                translations.stream().map(ArticlePages::link).toList(), link(newer), link(older),
                article.draft(), r.site().isScheduled(article));
        String key = ViewKey.of("article.peb", meta, "article", view, ArticleBodies.key(article));
        return new PageTask.Prepared(file, meta, article.date(), key, () -> r.templates().render("article.peb", meta,
                r.chrome().ui(meta.lang()), "article", view.withBody(new SafeString(r.bodies().html(article)))));
    }

    private static Link link(Article article) {
        if (article == null) {
            return null;
        }
        return new Link(article.title(), article.lang(), Scripts.direction(article.lang()), article.urlPath());
    }
}
