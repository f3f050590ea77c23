package org.dozaban.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of articles, newest first ({@link Site#NEWEST_FIRST}), kept whole and by language as it is made,
 * so that a page can list it in its own language's order without going over the articles again. Immutable.
 */
public final class LanguageGroups {

    /** An empty list. */
    public static final LanguageGroups NONE = new Builder().build();

    private final List<Article> all;
    /** Per language, in the order of each language's first article. */
    private final Map<String, List<Article>> byLanguage;

    private LanguageGroups(List<Article> all, Map<String, List<Article>> byLanguage) {
        this.all = all;
        this.byLanguage = byLanguage;
    }

    /** Every article, newest first. */
    public List<Article> all() {
        return all;
    }

    /** How many articles there are. */
    public int size() {
        return all.size();
    }

    /**
     * The articles in {@code lang} first, then those of each other language in the order of
     * {@code languages}, each newest first. Articles in a language {@code languages} does not name are
     * listed with {@code lang}'s, in newest-first order.
     */
    public List<Article> languageFirst(String lang, List<String> languages) {
        return joined(languageBlocks(lang, languages));
    }

    /** The blocks one after the other. */
    public static List<Article> joined(List<List<Article>> blocks) {
        List<Article> joined = new ArrayList<>();
        blocks.forEach(joined::addAll);
        return Collections.unmodifiableList(joined);
    }

    /**
     * {@link #languageFirst} in blocks: {@code lang}'s articles (with those of languages {@code languages}
     * does not name), then those of each other language of {@code languages}, which may be none.
     */
    public List<List<Article>> languageBlocks(String lang, List<String> languages) {
        List<List<Article>> blocks = new ArrayList<>(languages.size() + 1);
        List<Article> own = byLanguage.getOrDefault(lang, List.of());
        List<Article> merged = null;
        for (Map.Entry<String, List<Article>> group : byLanguage.entrySet()) {
            if (!group.getKey().equals(lang) && !languages.contains(group.getKey())) {
                merged = merged == null ? new ArrayList<>(own) : merged;
                merged.addAll(group.getValue());
            }
        }
        if (merged != null) {
            merged.sort(Site.NEWEST_FIRST);
        }
        blocks.add(merged == null ? own : Collections.unmodifiableList(merged));
        for (String other : languages) {
            if (!other.equals(lang)) {
                blocks.add(byLanguage.getOrDefault(other, List.of()));
            }
        }
        return Collections.unmodifiableList(blocks);
    }

    /** Makes a list from articles added newest first. */
    public static final class Builder {
        private final List<Article> all = new ArrayList<>();
        private final Map<String, List<Article>> byLanguage = new LinkedHashMap<>();

        /** Adds an article older than, or as old as, every article added so far. */
        public Builder add(Article article) {
            all.add(article);
            byLanguage.computeIfAbsent(article.lang(), k -> new ArrayList<>()).add(article);
            return this;
        }

        /** The list; the builder is not to be used after. */
        public LanguageGroups build() {
            Map<String, List<Article>> groups = new LinkedHashMap<>();
            byLanguage.forEach((lang, articles) -> groups.put(lang, Collections.unmodifiableList(articles)));
            return new LanguageGroups(Collections.unmodifiableList(all), Collections.unmodifiableMap(groups));
        }
    }
}
