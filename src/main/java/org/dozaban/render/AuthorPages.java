package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.content.Site;
import org.dozaban.text.Collation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Per language, an index of authors and translators, and a page for each. */
final class AuthorPages {

    private final Rendering r;
    private final ReaderIndex index;

    AuthorPages(Rendering r, ReaderIndex index) {
        this.r = r;
        this.index = index;
    }

    static String indexPath(String lang) {
        return lang + "/authors/";
    }

    static String path(String lang, String slug) {
        return indexPath(lang) + slug + "/";
    }

    List<HtmlPage> render() throws ContentException {
        List<HtmlPage> pages = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            pages.add(indexPage(lang));
            for (Author author : index.authors()) {
                pages.add(authorPage(lang, author));
            }
        }
        return pages;
    }

    private HtmlPage indexPage(String lang) throws ContentException {
        Comparator<String> collation = Collation.comparator(lang);
        List<AuthorViews.Item> items = index.authors().stream()
                .map(a -> new AuthorViews.Item(a.name(), path(lang, a.slug()), a.count()))
                .sorted(Comparator.comparing(AuthorViews.Item::name, collation).thenComparing(AuthorViews.Item::path))
                .toList();
        PageMeta meta = r.chrome().meta(RelativeUrls.fileOf(indexPath(lang)), lang, "authors",
                r.chrome().ui(lang).get("authors"), "website", r.chrome().everyLanguage(AuthorPages::indexPath));
        return r.page("authors.peb", meta, "authors", new AuthorViews.Index(items));
    }

    private HtmlPage authorPage(String lang, Author author) throws ContentException {
        PageMeta meta = r.chrome().meta(RelativeUrls.fileOf(path(lang, author.slug())), lang, "authors",
                author.name(), "profile", r.chrome().everyLanguage(l -> path(l, author.slug())));
        AuthorViews.Page view = new AuthorViews.Page(author.name(),
                r.listings().items(languageFirst(author.written(), lang), lang),
                r.listings().items(languageFirst(author.translated(), lang), lang));
        return r.page("author.peb", meta, "author", view);
    }

    /** {@code lang} first, then the other languages in site order; newest first within each. */
    private List<Article> languageFirst(List<Article> articles, String lang) {
        List<String> languages = r.site().config().languages();
        Comparator<Article> order = Comparator.comparingInt(a -> a.lang().equals(lang) ? -1 : languages.indexOf(a.lang()));
        return articles.stream().sorted(order.thenComparing(Site.NEWEST_FIRST)).toList();
    }

    /** The page of the person named {@code name} in a byline, or null when the name is empty. */
    String pathOf(String name, String lang) {
        return index.author(name).map(a -> path(lang, a.slug())).orElse(null);
    }
}
