package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.dozaban.text.Collation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Per language, an index of authors and translators, and a page for each. */
final class AuthorPages {

    private final Rendering r;
    private final ReaderIndex index;

    AuthorPages(Rendering r) {
        this.r = r;
        this.index = r.readers();
    }

    static String indexPath(String lang) {
        return lang + "/authors/";
    }

    static String path(String lang, String slug) {
        return path(lang, slug, 1);
    }

    /** Site-relative folder of page {@code number} (1-based) of a person's list. */
    static String path(String lang, String slug, int number) {
        String first = indexPath(lang) + slug + "/";
        return number == 1 ? first : first + "page/" + number + "/";
    }

    /** Per language: the author index and a task per author. */
    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            tasks.add(() -> indexPage(lang));
            int size = r.site().config().pageSize();
            for (Author author : index.authors()) {
                int total = Math.max(1, (Math.max(author.written().size(), author.translated().size()) + size - 1) / size);
                for (int number = 1; number <= total; number++) {
                    int n = number;
                    tasks.add(() -> authorPage(lang, author, n, total));
                }
            }
        }
        return tasks;
    }

    private PageTask.Prepared indexPage(String lang) {
        Comparator<String> collation = Collation.comparator(lang);
        List<AuthorViews.Item> items = index.authors().stream()
                .map(a -> new AuthorViews.Item(a.name(), path(lang, a.slug()), a.count()))
                .sorted(Comparator.comparing(AuthorViews.Item::name, collation).thenComparing(AuthorViews.Item::path))
                .toList();
        PageMeta meta = r.chrome().meta(RelativeUrls.fileOf(indexPath(lang)), lang, "authors",
                r.chrome().ui(lang).get("authors"), "website", r.chrome().everyLanguage(AuthorPages::indexPath));
        return r.prepared("authors.peb", meta, "authors", new AuthorViews.Index(items));
    }

    private PageTask.Prepared authorPage(String lang, Author author, int number, int total) {
        UiStrings ui = r.chrome().ui(lang);
        String heading = number == 1 ? author.name() : author.name() + " – " + ui.format("pageOf", number, total);
        PageMeta meta = r.chrome().meta(RelativeUrls.fileOf(path(lang, author.slug(), number)), lang, "authors",
                heading, "profile", r.chrome().everyLanguage(l -> path(l, author.slug(), number)));
        int size = r.site().config().pageSize();
        AuthorViews.Page view = new AuthorViews.Page(author.name(), author.written().size(), author.translated().size(),
                r.listings().items(Listings.slice(languageFirst(author.written(), lang), number, size), lang),
                r.listings().items(Listings.slice(languageFirst(author.translated(), lang), number, size), lang),
                Pager.of(number, total, n -> path(lang, author.slug(), n), ui));
        return r.prepared("author.peb", meta, "author", view);
    }

    /** {@code lang} first, then the other languages in site order; newest first within each. */
    private List<Article> languageFirst(List<Article> articles, String lang) {
        List<String> languages = r.site().config().languages();
        Comparator<Article> order = Comparator.comparingInt(a -> a.lang().equals(lang) ? -1 : languages.indexOf(a.lang()));
        return articles.stream().sorted(order.thenComparing(Site.NEWEST_FIRST)).toList();
    }
}
