package org.dozaban.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        // the identities come sorted from the ledger file, and nearly so from with(), which adds new ones at
        // the end: the sort, which merges runs, then costs little more than the check
        String[] identities = paths.keySet().toArray(String[]::new);
        Arrays.sort(identities);
        Map<String, List<String>> sorted = new LinkedHashMap<>(identities.length * 4 / 3 + 1);
        for (String identity : identities) {
            sorted.put(identity, List.copyOf(paths.get(identity)));
        }
        paths = Collections.unmodifiableMap(sorted);
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
        List<String> recorded = paths.getOrDefault(identity(article), List.of());
        if (article.aliases().isEmpty()
                && (recorded.isEmpty() || recorded.size() == 1 && recorded.get(0).equals(article.urlPath()))) {
            // most articles: never moved
            return List.of();
        }
        Set<String> former = new LinkedHashSet<>(recorded);
        former.addAll(article.aliases());
        former.remove(article.urlPath());
        return List.copyOf(former);
    }

    /** This ledger with the current address of every article and page of {@code site} added. */
    public UrlLedger with(Site site) {
        Map<String, List<String>> updated = new LinkedHashMap<>(paths);
        List<Article> all = new ArrayList<>(site.articles());
        all.addAll(site.pages());
        for (Article article : all) {
            String identity = identity(article);
            List<String> list = updated.getOrDefault(identity, List.of());
            if (!list.contains(article.urlPath())) {
                List<String> longer = new ArrayList<>(list);
                longer.add(article.urlPath());
                updated.put(identity, longer);
            }
        }
        return new UrlLedger(updated);
    }
}
