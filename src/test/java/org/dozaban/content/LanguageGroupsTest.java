package org.dozaban.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageGroupsTest {

    private static Article article(String lang, String slug, LocalDate date) {
        return new Article(Path.of(lang, slug + ".md"), lang, slug, slug, null, date, List.of(), null, null, null,
                null, null, null, null, false, "", 1, "h", null);
    }

    private static List<String> slugs(List<Article> articles) {
        return articles.stream().map(a -> a.lang() + "/" + a.slug()).toList();
    }

    /** The articles as a site lists them, newest first, added in that order. */
    private static LanguageGroups groups(List<Article> articles) {
        LanguageGroups.Builder builder = new LanguageGroups.Builder();
        articles.stream().sorted(Site.NEWEST_FIRST).forEach(builder::add);
        return builder.build();
    }

    @Test
    void thePageLanguageComesFirstThenTheOthersInSiteOrderEachNewestFirst() {
        LanguageGroups given = groups(List.of(
                article("en", "old", LocalDate.of(2020, 1, 1)),
                article("fa", "mid", LocalDate.of(2021, 6, 1)),
                article("en", "undated", null),
                article("fa", "new", LocalDate.of(2024, 3, 1)),
                article("en", "new", LocalDate.of(2024, 3, 1)),
                article("fa", "b-same-day", LocalDate.of(2021, 6, 1))));
        assertEquals(List.of("fa/new", "fa/b-same-day", "fa/mid", "en/new", "en/old", "en/undated"),
                slugs(given.languageFirst("fa", List.of("fa", "en"))));
        assertEquals(List.of("en/new", "en/old", "en/undated", "fa/new", "fa/b-same-day", "fa/mid"),
                slugs(given.languageFirst("en", List.of("fa", "en"))));
        // one day's articles by language, then slug
        assertEquals(List.of("en/new", "fa/new", "fa/b-same-day", "fa/mid", "en/old", "en/undated"),
                slugs(given.all()));
        // the other languages follow the site's order, not the page's
        LanguageGroups three = groups(List.of(article("de", "x", LocalDate.of(2022, 1, 1)),
                article("en", "y", LocalDate.of(2021, 1, 1)), article("fa", "z", LocalDate.of(2020, 1, 1))));
        assertEquals(List.of("fa/z", "de/x", "en/y"), slugs(three.languageFirst("fa", List.of("de", "fa", "en"))));
        // a language the site does not name is listed with the page's own
        assertEquals(List.of("de/x", "fa/z", "en/y"), slugs(three.languageFirst("fa", List.of("fa", "en"))));
        assertEquals(List.of(), LanguageGroups.NONE.languageFirst("fa", List.of("fa", "en")));
        assertEquals(0, LanguageGroups.NONE.size());
    }

    @Test
    void theBlocksAreTheLanguagesInTheOrderTheListHasThem() {
        LanguageGroups three = groups(List.of(article("de", "x", LocalDate.of(2022, 1, 1)),
                article("en", "y", LocalDate.of(2021, 1, 1)), article("en", "w", LocalDate.of(2019, 1, 1)),
                article("fa", "z", LocalDate.of(2020, 1, 1))));
        // fa/z; de/x; en/y, en/w
        assertEquals(List.of(1, 1, 2), sizes(three.languageBlocks("fa", List.of("de", "fa", "en"))));
        // en/y, en/w; de/x; fa/z
        assertEquals(List.of(2, 1, 1), sizes(three.languageBlocks("en", List.of("de", "fa", "en"))));
        // an unnamed language goes with the page's own: de/x, fa/z; en/y, en/w
        assertEquals(List.of(2, 2), sizes(three.languageBlocks("fa", List.of("fa", "en"))));
        // a language without articles is an empty block
        assertEquals(List.of(0, 1, 2, 1), sizes(three.languageBlocks("ar", List.of("ar", "de", "en", "fa"))));
        assertEquals(List.of(0, 0), sizes(LanguageGroups.NONE.languageBlocks("fa", List.of("fa", "en"))));
    }

    private static List<Integer> sizes(List<List<Article>> blocks) {
        return blocks.stream().map(List::size).toList();
    }

    /** Random lists against the order written out: rank by language, then newest first within a rank. */
    @Test
    void randomListsAreOrderedAsDefined() {
        Random random = new Random(7);
        List<String> codes = List.of("fa", "en", "ar", "de");
        for (int round = 0; round < 200; round++) {
            List<Article> articles = new ArrayList<>();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                LocalDate date = random.nextInt(8) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(40));
                articles.add(article(codes.get(random.nextInt(codes.size())), "s" + i, date));
            }
            List<String> languages = random.nextBoolean() ? List.of("fa", "en") : List.of("en", "ar", "fa");
            String lang = languages.get(random.nextInt(languages.size()));
            Comparator<Article> byRank = Comparator.comparingInt(
                    a -> a.lang().equals(lang) || !languages.contains(a.lang()) ? -1 : languages.indexOf(a.lang()));
            List<Article> expected = articles.stream().sorted(byRank.thenComparing(Site.NEWEST_FIRST)).toList();
            LanguageGroups groups = groups(articles);
            List<Article> ordered = groups.languageFirst(lang, languages);
            assertEquals(slugs(expected), slugs(ordered), "round " + round);
            List<Integer> blocks = sizes(groups.languageBlocks(lang, languages));
            List<String> others = languages.stream().filter(l -> !l.equals(lang)).toList();
            assertEquals(1 + others.size(), blocks.size());
            int start = 0;
            for (int b = 0; b < blocks.size(); b++) {
                int blockRank = b == 0 ? -1 : languages.indexOf(others.get(b - 1));
                for (Article a : ordered.subList(start, start + blocks.get(b))) {
                    assertEquals(blockRank, a.lang().equals(lang) || !languages.contains(a.lang()) ? -1
                            : languages.indexOf(a.lang()), "round " + round);
                }
                start += blocks.get(b);
            }
            assertEquals(count, start, "round " + round);
            assertEquals(ordered, groups.languageBlocks(lang, languages).stream().flatMap(List::stream).toList());
            assertEquals(slugs(articles.stream().sorted(Site.NEWEST_FIRST).toList()), slugs(groups.all()));
            assertEquals(count, groups.size());
        }
    }
}
