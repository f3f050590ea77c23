package org.dozaban.render;

import org.dozaban.search.Json;
import org.dozaban.search.SearchFiles;
import org.dozaban.text.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A search page per language, {@code <lang>/search/}, run by {@code assets/search.js} over the index
 * files of {@link SearchEntries}. The header's search box of every page sends its query here.
 */
final class SearchPages {

    private final Rendering r;

    SearchPages(Rendering r) {
        this.r = r;
    }

    /** Site-relative folder of the search page of {@code lang}. */
    static String path(String lang) {
        return lang + "/search/";
    }

    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            tasks.add(() -> page(lang));
        }
        return tasks;
    }

    private PageTask.Prepared page(String lang) {
        String file = RelativeUrls.fileOf(path(lang));
        UiStrings ui = r.chrome().ui(lang);
        PageMeta meta = r.chrome().meta(file, lang, "search", ui.get("search"), "website",
                r.chrome().everyLanguage(SearchPages::path));
        String root = RelativeUrls.between(file, "").replace("index.html", "");
        SearchView view = new SearchView(root, SearchFiles.MANIFEST, ArchivePages.indexPath(lang), messages(ui));
        return r.prepared("search.peb", meta, "search", view);
    }

    /** The strings the script shows, in the page's language. */
    private String messages(UiStrings ui) {
        StringJoiner names = new StringJoiner(",", "{", "}");
        r.site().config().languages().forEach(l -> names.add(Json.quote(l) + ":" + Json.quote(ui.languageName(l))));
        StringBuilder digits = new StringBuilder();
        for (int d = 0; d <= 9; d++) {
            digits.append(Numbers.format(d, ui.lang()));
        }
        return "{\"lang\":" + Json.quote(ui.lang())
                + ",\"none\":" + Json.quote(ui.get("searchNone"))
                + ",\"one\":" + Json.quote(ui.get("searchOne"))
                + ",\"many\":" + Json.quote(ui.get("searchMany"))
                + ",\"short\":" + Json.quote(ui.get("searchShort"))
                + ",\"failed\":" + Json.quote(ui.get("searchFailed"))
                + ",\"undated\":" + Json.quote(ui.get("undated"))
                + ",\"digits\":" + Json.quote(digits.toString())
                + ",\"languages\":" + names + "}";
    }
}
