package org.dozaban.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
        // as the ledger file is read and as with() makes it, the identities come sorted already
        Map<String, List<String>> sorted = new LinkedHashMap<>(paths.size() * 4 / 3 + 1);
        if (isSorted(paths.keySet())) {
            paths.forEach((identity, list) -> sorted.put(identity, List.copyOf(list)));
        } else {
            new TreeMap<>(paths).forEach((identity, list) -> sorted.put(identity, List.copyOf(list)));
        }
        paths = Collections.unmodifiableMap(sorted);
    }

    private static boolean isSorted(Iterable<String> keys) {
        String last = null;
        for (String key : keys) {
            if (last != null && last.compareTo(key) >= 0) {
                return false;
            }
            last = key;
        }
        return true;
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
        // in the ledger's order; a list that gains an address keeps its place
        Map<String, List<String>> updated = new LinkedHashMap<>(paths);
        // identities not in the ledger yet, sorted, to merge into that order
        TreeMap<String, List<String>> added = new TreeMap<>();
        List<Article> all = new ArrayList<>(site.articles());
        all.addAll(site.pages());
        for (Article article : all) {
            String identity = identity(article);
            String path = article.urlPath();
            List<String> list = updated.get(identity);
            if (list == null) {
                list = added.computeIfAbsent(identity, key -> new ArrayList<>());
                if (!list.contains(path)) {
                    list.add(path);
                }
            } else if (!list.contains(path)) {
                List<String> longer = new ArrayList<>(list);
                longer.add(path);
                updated.put(identity, longer);
            }
        }
        if (added.isEmpty()) {
            return new UrlLedger(updated);
        }
        Map<String, List<String>> merged = new LinkedHashMap<>((updated.size() + added.size()) * 4 / 3 + 1);
        Iterator<Map.Entry<String, List<String>>> fresh = added.entrySet().iterator();
        Map.Entry<String, List<String>> next = fresh.next();
        for (Map.Entry<String, List<String>> entry : updated.entrySet()) {
            while (next != null && next.getKey().compareTo(entry.getKey()) < 0) {
                merged.put(next.getKey(), next.getValue());
                next = fresh.hasNext() ? fresh.next() : null;
            }
            merged.put(entry.getKey(), entry.getValue());
        }
        while (next != null) {
            merged.put(next.getKey(), next.getValue());
            next = fresh.hasNext() ? fresh.next() : null;
        }
        return new UrlLedger(merged);
    }
}
