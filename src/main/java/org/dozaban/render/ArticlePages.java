package org.dozaban.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.text.Scripts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page per article; the page's interface language is the article's language. */
final class ArticlePages {

    private final Rendering r;

    ArticlePages(Rendering r) {
        this.r = r;
    }

    List<HtmlPage> render() throws ContentException {
        List<HtmlPage> pages = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            List<Article> articles = r.site().articles(lang);
            for (int i = 0; i < articles.size(); i++) {
                Article newer = i > 0 ? articles.get(i - 1) : null;
                Article older = i + 1 < articles.size() ? articles.get(i + 1) : null;
                pages.add(page(articles.get(i), newer, older));
            }
        }
        return pages;
    }

    private HtmlPage page(Article article, Article newer, Article older) throws ContentException {
        List<Article> translations = r.site().translations(article);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(article.lang(), article.urlPath());
        translations.forEach(t -> versions.putIfAbsent(t.lang(), t.urlPath()));
        String file = RelativeUrls.fileOf(article.urlPath());
        PageMeta meta = r.chrome().meta(file, article.lang(), "article", article.title(), "article", versions)
                .withDescription(r.bodies().summary(article));
        ArticleView view = new ArticleView(article.title(), article.lang(), Scripts.direction(article.lang()),
                article.author(), article.date(), r.listings().topicsOf(article), article.publisher(),
                article.sourceUrl(), article.via(), article.translator(),
                new SafeString(r.bodies().html(article)),
                translations.stream().map(this::link).toList(), link(newer), link(older), readerLinks(article));
        return r.page("article.peb", meta, "article", view);
    }

    private ReaderLinks readerLinks(Article article) {
        String lang = article.lang();
        return new ReaderLinks(
                article.date() == null ? null : ArchivePages.monthPath(lang, article.date()),
                r.listings().authorPath(article.author(), lang),
                r.listings().authorPath(article.translator(), lang),
                ReadingTime.minutes(r.bodies().html(article)),
                r.listings().items(new RelatedArticles(r.readers()).of(article), lang));
    }

    private Link link(Article article) {
        if (article == null) {
            return null;
        }
        return new Link(article.title(), article.lang(), Scripts.direction(article.lang()), article.urlPath());
    }
}
