package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each language's article list: the home page shows the newest {@code pageSize} articles, and archive
 * pages ({@code <lang>/page/1/} holding the oldest, see {@link Paging}) the rest, with a pager. The site
 * root shows the default language's home.
 */
final class HomePages {

    static final String ROOT = "index.html";

    private final Rendering r;
    private final PageInputs inputs;

    HomePages(Rendering r, PageInputs inputs) {
        this.r = r;
        this.inputs = inputs;
    }

    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        int size = r.site().config().pageSize();
        for (String lang : r.site().config().languages()) {
            Paging paging = new Paging(r.site().articles(lang).size(), size);
            for (int number = 0; number <= paging.archivePages(); number++) {
                int n = number;
                tasks.add(() -> page(RelativeUrls.fileOf(path(lang, n)), lang, n, paging));
            }
        }
        String lang = r.site().config().defaultLanguage();
        tasks.add(() -> page(ROOT, lang, 0, new Paging(r.site().articles(lang).size(), size)));
        return tasks;
    }

    /** Site-relative folder of a page of a language's list: 0 for its home, else an archive page. */
    static String path(String lang, int number) {
        return number == 0 ? Chrome.homePath(lang) : Chrome.homePath(lang) + "page/" + number + "/";
    }

    private PageTask.Prepared page(String file, String lang, int number, Paging paging) throws ContentException {
        Map<String, String> versions = number == 0 ? homeVersions() : Map.of(lang, path(lang, number));
        List<Article> slice = paging.page(r.site().articles(lang), number);
        // an archive page shows its entries and the pager; a home also the untranslated articles and the
        // topics with their counts, and is made every time
        String digest = number == 0 ? null
                : inputs.page("home", lang).text(file).number(number)
                .number(Pager.lengthSeen(number, paging.archivePages())).articles(slice).hex();
        return inputs.keptOr(file, () -> r.chrome().sitemapEntry(file, versions, null), digest, () -> {
            UiStrings ui = r.chrome().ui(lang);
            String heading = number == 0 ? null : ui.paged(ui.get("allArticles"), number);
            PageMeta meta = r.chrome().meta(file, lang, "home", heading, "website", versions);
            return page(meta, lang, number, paging, slice, ui);
        });
    }

    private PageTask.Prepared page(PageMeta meta, String lang, int number, Paging paging, List<Article> slice,
                                   UiStrings ui) {
        int size = r.site().config().pageSize();
        List<ArticleItem> articles = r.listings().items(slice, lang);
        HomeView view = new HomeView(articles,
                number == 0 ? r.listings().items(untranslated(lang, size), lang) : List.of(),
                number == 0 ? r.listings().topics(lang) : List.of(),
                Pager.of(number, paging.archivePages(), n -> path(lang, n), ui));
        return r.prepared("home.peb", meta, "home", view);
    }

    /**
     * Each language's home, and the site root as the home for readers of any other language: without it
     * the root would be a copy of the default language's home that no language version names.
     */
    private Map<String, String> homeVersions() {
        Map<String, String> versions = r.chrome().everyLanguage(Chrome::homePath);
        versions.put(Chrome.X_DEFAULT, "");
        return versions;
    }

    /**
     * The newest {@code limit} articles in other languages that have no version in {@code lang}, so readers
     * still find them.
     */
    private List<Article> untranslated(String lang, int limit) {
        return r.site().articles().stream()
                .filter(a -> !a.lang().equals(lang))
                .filter(a -> !r.site().hasTranslationIn(a, lang))
                .limit(limit)
                .toList();
    }
}
