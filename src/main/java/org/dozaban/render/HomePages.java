package org.dozaban.render;

import org.dozaban.content.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each language's article list: the home page shows the newest {@code pageSize} articles, and archive
 * pages ({@code <lang>/page/2/} …) the rest, newest first, with a pager. The site root shows the default
 * language's home.
 */
final class HomePages {

    static final String ROOT = "index.html";

    private final Rendering r;

    HomePages(Rendering r) {
        this.r = r;
    }

    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        int size = r.site().config().pageSize();
        for (String lang : r.site().config().languages()) {
            int total = Listings.pageCount(r.site().articles(lang).size(), size);
            for (int number = 1; number <= total; number++) {
                int n = number;
                tasks.add(() -> page(RelativeUrls.fileOf(path(lang, n)), lang, n, total));
            }
        }
        String lang = r.site().config().defaultLanguage();
        tasks.add(() -> page(ROOT, lang, 1, Listings.pageCount(r.site().articles(lang).size(), size)));
        return tasks;
    }

    /** Site-relative folder of page {@code number} of a language's list; page 1 is its home. */
    static String path(String lang, int number) {
        return number == 1 ? Chrome.homePath(lang) : Chrome.homePath(lang) + "page/" + number + "/";
    }

    private PageTask.Prepared page(String file, String lang, int number, int total) {
        int size = r.site().config().pageSize();
        UiStrings ui = r.chrome().ui(lang);
        String heading = number == 1 ? null : ui.get("allArticles") + " – " + ui.format("pageOf", number, total);
        PageMeta meta = r.chrome().meta(file, lang, "home", heading, "website",
                number == 1 ? homeVersions() : Map.of(lang, path(lang, number)));
        List<ArticleItem> articles = r.listings().items(Listings.slice(r.site().articles(lang), number, size), lang);
        HomeView view = new HomeView(articles,
                number == 1 ? r.listings().items(untranslated(lang, size), lang) : List.of(),
                number == 1 ? r.listings().topics(lang) : List.of(),
                Pager.of(number, total, n -> path(lang, n), ui));
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
                .filter(a -> r.site().translations(a).stream().noneMatch(t -> t.lang().equals(lang)))
                .limit(limit)
                .toList();
    }
}
