package org.dozaban.render;

import org.dozaban.content.Article;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListingsTest {

    private static Article article(String lang, String slug, LocalDate date) {
        return new Article(Path.of(lang, slug + ".md"), lang, slug, slug, null, date, List.of(), null, null, null,
                null, null, null, null, false, "", 1, "h", null);
    }

    private static List<String> slugs(List<Article> articles) {
        return articles.stream().map(a -> a.lang() + "/" + a.slug()).toList();
    }

    @Test
    void thePageLanguageComesFirstThenTheOthersInSiteOrderEachNewestFirst() {
        List<Article> given = List.of(
                article("en", "old", LocalDate.of(2020, 1, 1)),
                article("fa", "mid", LocalDate.of(2021, 6, 1)),
                article("en", "undated", null),
                article("fa", "new", LocalDate.of(2024, 3, 1)),
                article("en", "new", LocalDate.of(2024, 3, 1)),
                article("fa", "b-same-day", LocalDate.of(2021, 6, 1)));
        assertEquals(List.of("fa/new", "fa/b-same-day", "fa/mid", "en/new", "en/old", "en/undated"),
                slugs(Listings.languageFirst(given, "fa", List.of("fa", "en"))));
        assertEquals(List.of("en/new", "en/old", "en/undated", "fa/new", "fa/b-same-day", "fa/mid"),
                slugs(Listings.languageFirst(given, "en", List.of("fa", "en"))));
        // the other languages follow the site's order, not the page's
        List<Article> three = List.of(article("de", "x", LocalDate.of(2022, 1, 1)),
                article("en", "y", LocalDate.of(2021, 1, 1)), article("fa", "z", LocalDate.of(2020, 1, 1)));
        assertEquals(List.of("fa/z", "de/x", "en/y"), slugs(Listings.languageFirst(three, "fa", List.of("de", "fa", "en"))));
        assertEquals(List.of(), Listings.languageFirst(List.of(), "fa", List.of("fa", "en")));
    }
}
