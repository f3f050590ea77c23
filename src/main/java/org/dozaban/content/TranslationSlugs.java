package org.dozaban.content;

import org.dozaban.text.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * With ASCII slugs, a transliterated Persian title gives a consonant skeleton ({@code rwdy-kh-shhry-sakht}).
 * An article whose slug was not written and that has an English translation takes the English slug
 * instead, so both versions share one readable URL segment.
 */
final class TranslationSlugs {

    static final String ENGLISH = Language.ENGLISH.code();

    private TranslationSlugs() {
    }

    static List<LoadedArticle> apply(List<LoadedArticle> articles) {
        Map<String, String> english = new HashMap<>();
        for (LoadedArticle loaded : articles) {
            Article a = loaded.article();
            if (a.lang().equals(ENGLISH) && a.translationKey() != null && !a.slug().isEmpty()) {
                english.putIfAbsent(key(a), a.slug());
            }
        }
        List<LoadedArticle> adopted = new ArrayList<>(articles.size());
        for (LoadedArticle loaded : articles) {
            adopted.add(adopt(loaded, loaded.article().translationKey() == null ? null : english.get(key(loaded.article()))));
        }
        return adopted;
    }

    /** {@code loaded}, an article of a site, with the slug {@link #apply} gives it among its translations. */
    static LoadedArticle within(LoadedArticle loaded, List<Article> translations) {
        String slug = translations.stream().filter(t -> t.lang().equals(ENGLISH) && !t.slug().isEmpty())
                .map(Article::slug).findFirst().orElse(null);
        return adopt(loaded, slug);
    }

    /** {@code loaded} with the English version's slug {@code slug} (null when none), when its own was not written. */
    private static LoadedArticle adopt(LoadedArticle loaded, String slug) {
        Article a = loaded.article();
        boolean adopt = loaded.defaultSlug() && !a.lang().equals(ENGLISH) && slug != null;
        return adopt ? loaded.with(a.withSlug(slug)) : loaded;
    }

    private static String key(Article a) {
        return (a.standalone() ? "page:" : "article:") + a.translationKey();
    }
}
