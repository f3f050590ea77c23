package org.dozaban.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ledger with a site's addresses added, against the same written out plainly, in random cases. */
class UrlLedgerTest {

    @Test
    void anArticlesFormerAddressesAreItsRecordedOnesThenItsAliasesButNotItsOwn() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            String lang = random.nextBoolean() ? "en" : "fa";
            List<String> aliases = new ArrayList<>();
            for (int i = random.nextInt(4) - 1; i > 0; i--) {
                aliases.add(lang + "/alias/" + random.nextInt(3) + "/");
            }
            Article article = new Article(Path.of(lang, "a.md"), lang, "a", "t", null,
                    random.nextBoolean() ? null : LocalDate.of(2012, 1 + random.nextInt(2), 1), List.of(), null, null,
                    null, "k", null, null, null, false, "", 1, "h", null, List.copyOf(aliases), null, List.of(), false);
            List<String> recorded = new ArrayList<>();
            for (int i = random.nextInt(4) - 1; i >= 0; i--) {
                recorded.add(random.nextBoolean() ? article.urlPath() : lang + "/alias/" + random.nextInt(3) + "/");
            }
            UrlLedger ledger = new UrlLedger(recorded.isEmpty() ? Map.of()
                    : Map.of(UrlLedger.identity(article), recorded.stream().distinct().toList()));

            List<String> expected = new ArrayList<>();
            for (String path : recorded.stream().distinct().toList()) {
                expected.add(path);
            }
            for (String alias : aliases) {
                if (!expected.contains(alias)) {
                    expected.add(alias);
                }
            }
            expected.remove(article.urlPath());
            assertEquals(expected, ledger.former(article), "seed " + seed + ": " + recorded + " " + aliases);
        }
    }

    @Test
    void everyArticleGetsItsAddressAddedOnceAndTheIdentitiesStaySorted() throws Exception {
        Site fixture = ContentLoader.load(Path.of("src/test/resources/sites/bilingual/content"));
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            // identities as keys and files make them, some in the ledger, some not yet, in any order
            Map<String, List<String>> written = new LinkedHashMap<>();
            List<Article> articles = new ArrayList<>();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                String lang = random.nextBoolean() ? "en" : "fa";
                String key = random.nextInt(4) == 0 ? null : "k" + random.nextInt(30);
                String slug = "s" + random.nextInt(50);
                Article article = new Article(Path.of(lang, slug + ".md"), lang, slug, "t", null,
                        LocalDate.of(2012, 1, 1).plusDays(random.nextInt(900)), List.of(), null, null, null, key,
                        null, null, null, false, "", 1, "h", null);
                articles.add(article);
                if (random.nextBoolean()) {
                    List<String> old = new ArrayList<>();
                    for (int j = random.nextInt(3); j >= 0; j--) {
                        old.add(random.nextBoolean() ? article.urlPath() : lang + "/old/" + random.nextInt(9) + "/");
                    }
                    written.put(UrlLedger.identity(article), old.stream().distinct().toList());
                }
            }
            for (int i = random.nextInt(5); i > 0; i--) {
                written.put("en:gone-" + random.nextInt(20), List.of("en/gone/" + i + "/"));
            }
            UrlLedger ledger = new UrlLedger(written);
            Site site = new Site(fixture.config(), fixture.topics(), articles);

            Map<String, List<String>> expected = new TreeMap<>();
            written.forEach((identity, list) -> expected.put(identity, new ArrayList<>(list)));
            for (Article article : site.articles()) {
                List<String> list = expected.computeIfAbsent(UrlLedger.identity(article), k -> new ArrayList<>());
                if (!list.contains(article.urlPath())) {
                    list.add(article.urlPath());
                }
            }
            UrlLedger with = ledger.with(site);
            assertEquals(expected, with.paths(), "seed " + seed);
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(with.paths().keySet()),
                    "seed " + seed + ": identities in order");
            assertEquals(List.copyOf(new TreeMap<>(written).keySet()), List.copyOf(ledger.paths().keySet()),
                    "seed " + seed + ": a ledger made from identities in any order sorts them");
        }
    }
}
