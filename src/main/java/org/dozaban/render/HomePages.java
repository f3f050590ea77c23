package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The home page of each language, and the site root showing the default language's home. */
final class HomePages {

    static final String ROOT = "index.html";

    private final Rendering r;

    HomePages(Rendering r) {
        this.r = r;
    }

    List<HtmlPage> render() throws ContentException {
        List<HtmlPage> pages = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            pages.add(page(RelativeUrls.fileOf(Chrome.homePath(lang)), lang));
        }
        pages.add(page(ROOT, r.site().config().defaultLanguage()));
        return pages;
    }

    private HtmlPage page(String file, String lang) throws ContentException {
        PageMeta meta = r.chrome().meta(file, lang, "home", null, "website", versions());
        List<ArticleItem> articles = r.listings().items(r.site().articles(lang), lang);
        int latest = Math.min(articles.size(), r.site().config().pageSize());
        HomeView view = new HomeView(articles.subList(0, latest), articles.subList(latest, articles.size()),
                r.listings().items(untranslated(lang), lang), r.listings().topics(lang));
        return r.page("home.peb", meta, "home", view);
    }

    /**
     * Each language's home, and the site root as the home for readers of any other language: without it
     * the root would be a copy of the default language's home that no language version names.
     */
    private Map<String, String> versions() {
        Map<String, String> versions = r.chrome().everyLanguage(Chrome::homePath);
        versions.put(Chrome.X_DEFAULT, "");
        return versions;
    }

    /** Articles in other languages that have no version in {@code lang}, so readers still find them. */
    private List<Article> untranslated(String lang) {
        return r.site().articles().stream()
                .filter(a -> !a.lang().equals(lang))
                .filter(a -> r.site().translations(a).stream().noneMatch(t -> t.lang().equals(lang)))
                .toList();
    }
}
