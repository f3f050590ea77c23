package org.dozaban.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every URL the site has published for each article and standalone page, kept in
 * {@code content/urls.yaml} so that a page whose slug or date changes keeps answering at its old
 * addresses. Articles are known by their identity ({@link #identity}): their translation key and
 * language, else their file.
 *
 * @param paths site-relative folders by identity, oldest first; identities sorted
 */
public record UrlLedger(Map<String, List<String>> paths) {

    /** A ledger with nothing published yet. */
    public static final UrlLedger EMPTY = new UrlLedger(Map.of());

    public UrlLedger {
        Map<String, List<String>> sorted = new TreeMap<>();
        paths.forEach((identity, list) -> sorted.put(identity, List.copyOf(list)));
        paths = java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * How the ledger knows an article across renames: {@code <lang>:<translationKey>} (pages
     * {@code <lang>:pages/<translationKey>}), else its file below the content folder, such as
     * {@code en/notes.md} or {@code en/harbour/index.md}.
     */
    public static String identity(Article article) {
        String pages = article.standalone() ? "pages/" : "";
        if (article.translationKey() != null) {
            return article.lang() + ":" + pages + article.translationKey();
        }
        String file = article.bundle() != null ? article.bundle().getFileName() + "/index.md"
                : article.file().getFileName().toString();
        return article.lang() + "/" + pages + file;
    }

    /** The addresses {@code article} had before its current one: ledger entries, then aliases. */
    public List<String> former(Article article) {
        Set<String> former = new LinkedHashSet<>(paths.getOrDefault(identity(article), List.of()));
        former.addAll(article.aliases());
        former.remove(article.urlPath());
        return List.copyOf(former);
    }

    /** This ledger with the current address of every article and page of {@code site} added. */
    public UrlLedger with(Site site) {
        Map<String, List<String>> updated = new TreeMap<>(paths);
        List<Article> all = new ArrayList<>(site.articles());
        all.addAll(site.pages());
        for (Article article : all) {
            List<String> list = new ArrayList<>(updated.getOrDefault(identity(article), List.of()));
            if (!list.contains(article.urlPath())) {
                list.add(article.urlPath());
            }
            updated.put(identity(article), list);
        }
        return new UrlLedger(updated);
    }
}
