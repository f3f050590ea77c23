package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.content.LanguageGroups;
import org.dozaban.text.Collation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Per language, an index of authors and translators, and a page for each. */
final class AuthorPages {

    private final Rendering r;
    private final ReaderIndex index;
    /** Each person's lists in the order of a page language. */
    private final Map<String, List<Article>> ordered = new ConcurrentHashMap<>();

    private final PageInputs inputs;

    AuthorPages(Rendering r, PageInputs inputs) {
        this.r = r;
        this.index = r.readers();
        this.inputs = inputs;
    }

    static String indexPath(String lang) {
        return lang + "/authors/";
    }

    static String path(String lang, String slug) {
        return path(lang, slug, 0);
    }

    /** Site-relative folder of a page of a person's lists: 0 for the first, else an archive page (see {@link Paging}). */
    static String path(String lang, String slug, int number) {
        String first = indexPath(lang) + slug + "/";
        return number == 0 ? first : first + "page/" + number + "/";
    }

    /** Per language: the author index and a task per author. */
    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            tasks.add(() -> indexPage(lang));
            int size = r.site().config().pageSize();
            for (Author author : index.authors()) {
                Paging written = new Paging(author.written().size(), size);
                Paging translated = new Paging(author.translated().size(), size);
                int total = Math.max(written.archivePages(), translated.archivePages());
                for (int number = 0; number <= total; number++) {
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
                .map(a -> new AuthorViews.Item(a.name(lang), path(lang, a.slug()), a.count()))
                .sorted(Comparator.comparing(AuthorViews.Item::name, collation).thenComparing(AuthorViews.Item::path))
                .toList();
        PageMeta meta = r.chrome().meta(RelativeUrls.fileOf(indexPath(lang)), lang, "authors",
                r.chrome().ui(lang).get("authors"), "website", r.chrome().everyLanguage(AuthorPages::indexPath));
        return r.prepared("authors.peb", meta, "authors", new AuthorViews.Index(items));
    }

    private PageTask.Prepared authorPage(String lang, Author author, int number, int total) throws ContentException {
        UiStrings ui = r.chrome().ui(lang);
        String name = author.name(lang);
        String heading = number == 0 ? name : name + " – " + ui.format("pageNumber", number);
        String file = RelativeUrls.fileOf(path(lang, author.slug(), number));
        PageMeta meta = r.chrome().meta(file, lang, "authors", heading, "profile",
                r.chrome().everyLanguage(l -> path(l, author.slug(), number)));
        int size = r.site().config().pageSize();
        List<Article> written = page(languageFirst(author, "written", author.written(), lang), number, size);
        List<Article> translated = page(languageFirst(author, "translated", author.translated(), lang), number, size);
        // the name and address, the counts, the pager's numbers and the entries of both lists
        String digest = inputs.page("author", lang).text(name).text(author.slug())
                .number(author.written().size()).number(author.translated().size()).number(number).number(total)
                .articles(written).articles(translated).hex();
        return inputs.keptOr(file, meta, null, digest, () -> r.prepared("author.peb", meta, "author",
                new AuthorViews.Page(name, author.written().size(), author.translated().size(),
                        r.listings().items(written, lang), r.listings().items(translated, lang),
                        Pager.of(number, total, n -> path(lang, author.slug(), n), ui))));
    }

    /**
     * Page {@code number} of one of a person's lists; the two lists share page numbers, so a list shorter
     * than the other has nothing on the pages past its own.
     */
    private static List<Article> page(List<Article> articles, int number, int size) {
        Paging paging = new Paging(articles.size(), size);
        return number > paging.archivePages() ? List.of() : paging.page(articles, number);
    }

    /**
     * One of a person's lists in {@code lang}: {@code lang} first, then the other languages in site order;
     * newest first within each. Joined once from its language groups and shared by the list's pages.
     */
    private List<Article> languageFirst(Author author, String list, LanguageGroups articles, String lang) {
        return ordered.computeIfAbsent(lang + "/" + author.slug() + "/" + list,
                k -> articles.languageFirst(lang, r.site().config().languages()));
    }
}
