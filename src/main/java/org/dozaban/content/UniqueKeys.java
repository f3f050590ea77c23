package org.dozaban.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks across articles: a slug names one article per language, and a translation key joins at most
 * one article per language. The first file (in path order) keeps the value; later ones are reported.
 * Articles with other problems take part too, so that one run shows everything, and so do drafts, which
 * would collide once published.
 */
final class UniqueKeys {

    private UniqueKeys() {
    }

    static void check(List<LoadedArticle> articles, Problems problems) {
        check(articles.stream().filter(a -> !a.article().slug().isEmpty()).toList(),
                Article::slug, LoadedArticle::slugPlace, "slug", problems,
                "each article of a language needs its own slug; set a different \"slug:\" in one of them");
        check(articles.stream().filter(a -> a.article().translationKey() != null).toList(),
                Article::translationKey, LoadedArticle::translationKeyPlace, "translationKey", problems,
                "articles sharing a translationKey are translations of each other, at most one per language;"
                        + " change the key in one of them");
    }

    private static void check(List<LoadedArticle> articles, Function<Article, String> key,
            Function<LoadedArticle, Place> place, String name, Problems problems, String hint) {
        // by language, and for standalone pages, which have URLs and translations of their own, apart
        // from the articles', by their folder in it
        Map<String, Map<String, Article>> first = new HashMap<>();
        for (LoadedArticle loaded : articles) {
            Article article = loaded.article();
            String value = key.apply(article);
            String space = article.standalone() ? article.lang() + "/" + ArticleFiles.PAGES : article.lang();
            Article owner = first.computeIfAbsent(space, s -> new HashMap<>()).putIfAbsent(value, article);
            if (owner != null) {
                problems.add(article.file(), place.apply(loaded), name + " \"" + value + "\" is already used by "
                        + Problems.display(owner.file()), hint);
            }
        }
    }
}
