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
    /** Each person's lists in the order of a page language, with their paging. */
    private final Map<String, PagedList> ordered = new ConcurrentHashMap<>();

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
            for (Author author : index.authors()) {
                int total = total(author, lang);
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
        String name = author.name(lang);
        String file = RelativeUrls.fileOf(path(lang, author.slug(), number));
        Map<String, String> versions = r.chrome().everyLanguage(l -> path(l, author.slug(), number));
        versions.keySet().removeIf(l -> number > total(author, l));
        List<Article> written = languageFirst(author, "written", author.written(), lang).page(number);
        List<Article> translated = languageFirst(author, "translated", author.translated(), lang).page(number);
        // the counts show on the first page only, so that an archive page stays as it is while its entries do
        int writtenCount = number == 0 ? author.written().size() : 0;
        int translatedCount = number == 0 ? author.translated().size() : 0;
        // the name and address, the languages it has this page in, the counts, what the pager shows of the
        // lists' length and the entries of both lists
        String digest = inputs.page("author", lang).text(name).text(author.slug())
                .text(String.join(" ", versions.keySet()))
                .number(writtenCount).number(translatedCount).number(number).number(Pager.lengthSeen(number, total))
                .articles(written).articles(translated).hex();
        return inputs.keptOr(file, () -> r.chrome().sitemapEntry(file, versions, null), digest, () -> {
            UiStrings ui = r.chrome().ui(lang);
            String heading = ui.paged(name, number);
            PageMeta meta = r.chrome().meta(file, lang, "authors", heading, "profile", versions);
            return r.prepared("author.peb", meta, "author", new AuthorViews.Page(name, writtenCount, translatedCount,
                    r.listings().items(written, lang), r.listings().items(translated, lang),
                    Pager.of(number, total, n -> path(lang, author.slug(), n), ui)));
        });
    }

    /** The number of archive pages of a person's lists in {@code lang}: of the longer of the two. */
    private int total(Author author, String lang) {
        return Math.max(languageFirst(author, "written", author.written(), lang).paging().archivePages(),
                languageFirst(author, "translated", author.translated(), lang).paging().archivePages());
    }

    /**
     * One of a person's lists in {@code lang}, joined once from its language groups and shared by the
     * list's pages. The two lists share page numbers, so a list shorter than the other has nothing on the
     * pages past its own.
     */
    private PagedList languageFirst(Author author, String list, LanguageGroups articles, String lang) {
        return ordered.computeIfAbsent(lang + "/" + author.slug() + "/" + list,
                k -> PagedList.of(articles, lang, r.site().config().languages(), r.site().config().pageSize()));
    }
}
