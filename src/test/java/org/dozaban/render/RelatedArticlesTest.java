package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The related articles of every article of random sites are the ones the definition gives when written
 * out plainly: every article sharing a topic scored, sorted, and the first five distinct works taken.
 */
class RelatedArticlesTest {

    @Test
    void everyArticleOfRandomSitesGetsWhatTheDefinitionGives() throws Exception {
        Site fixture = FixtureSites.load("bilingual");
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            Site site = new Site(fixture.config(), fixture.topics(), randomArticles(random, fixture, seed % 4 == 0 ? 400 : 60));
            RelatedArticles related = new RelatedArticles(site);
            for (Article article : site.articles()) {
                assertEquals(titles(byDefinition(site, article)), titles(related.of(article)),
                        "seed " + seed + ", " + article.file());
            }
        }
    }

    @Test
    void listsAreKeptOnceEveryOneIsMadeAndNotWrittenAgainWhenNothingChanged() throws Exception {
        Site fixture = FixtureSites.load("bilingual");
        for (long seed = 1; seed <= 10; seed++) {
            Site site = new Site(fixture.config(), fixture.topics(), randomArticles(new Random(seed), fixture, 80));
            DataStore store = new DataStore();
            RelatedArticles first = new RelatedArticles(site, store);
            first.keep();
            assertEquals(0, store.puts, "nothing is kept until every article's list is made, seed " + seed);
            site.articles().forEach(first::of);
            first.keep();
            assertEquals(1, store.data.size(), "seed " + seed);

            RelatedArticles again = new RelatedArticles(site, store);
            for (Article article : site.articles()) {
                assertEquals(titles(byDefinition(site, article)), titles(again.of(article)), "seed " + seed);
            }
            again.keep();
            assertEquals(1, store.puts, "the same lists are not written again, seed " + seed);
        }
    }

    @Test
    void aListIsTakenFromTheStoreOnlyWhileItsArticleAndItsTopicsAreUnchanged() throws Exception {
        Site fixture = FixtureSites.load("bilingual");
        for (long seed = 1; seed <= 10; seed++) {
            Random random = new Random(seed);
            List<Article> articles = randomArticles(random, fixture, 80);
            if (articles.size() < 3) {
                continue;
            }
            Site site = new Site(fixture.config(), fixture.topics(), articles);
            DataStore store = new DataStore();
            RelatedArticles first = new RelatedArticles(site, store);
            site.articles().forEach(first::of);
            first.keep();
            String key = store.data.keySet().iterator().next();
            byte[] kept = store.data.get(key);

            // the kept entry with its lists written over by hand: the first article lists the last, every
            // other lists nothing; a render of the same site shows exactly that
            List<Article> all = site.articles();
            byte[] planted = plantLists(kept, all.size());
            store.data.put(key, planted);
            RelatedArticles read = new RelatedArticles(site, store);
            assertEquals(List.of(all.get(all.size() - 1).title()), titles(read.of(all.get(0))), "seed " + seed);
            for (Article article : all.subList(1, all.size())) {
                assertEquals(List.of(), titles(read.of(article)), "seed " + seed);
            }

            // one article moved by a day: the articles sharing a topic with it, and it, are scored; every other
            // keeps the planted list
            Article one = articles.get(random.nextInt(articles.size()));
            List<Article> edited = new ArrayList<>(articles);
            edited.set(articles.indexOf(one), new Article(one.file(), one.lang(), one.slug(), one.title(), null,
                    one.date() == null ? LocalDate.of(2011, 1, 1) : one.date().plusDays(1), one.topics(), null,
                    null, null, one.translationKey(), null, null, null, false, "", 1, "h", null));
            Site changed = new Site(fixture.config(), fixture.topics(), edited);
            store.data.put(key, planted);
            RelatedArticles after = new RelatedArticles(changed, store);
            List<Article> changedAll = changed.articles();
            for (Article article : changedAll) {
                boolean shares = article.topics().stream().anyMatch(one.topics()::contains);
                List<String> expected;
                if (shares) {
                    expected = titles(byDefinition(changed, article));
                } else if (article.urlPath().equals(all.get(0).urlPath())) {
                    expected = List.of(all.get(all.size() - 1).title());
                } else {
                    expected = List.of();
                }
                assertEquals(expected, titles(after.of(article)), "seed " + seed + ", " + article.file());
            }

            // damaged, cut short or of another format: every list scored afresh
            for (byte[] damaged : List.of(Arrays.copyOf(kept, kept.length - 1), Arrays.copyOf(kept, kept.length + 1),
                    new byte[0], formatChanged(kept))) {
                store.data.put(key, damaged);
                RelatedArticles fresh = new RelatedArticles(site, store);
                for (Article article : all) {
                    assertEquals(titles(byDefinition(site, article)), titles(fresh.of(article)), "seed " + seed);
                }
            }
        }
    }

    @Test
    void listsStayAsTheDefinitionGivesThroughRandomChangesWithOneStore() throws Exception {
        Site fixture = FixtureSites.load("bilingual");
        List<String> topics = fixture.topics().stream().map(t -> t.key()).toList();
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            List<Article> articles = new ArrayList<>(randomArticles(random, fixture, 120));
            DataStore store = new DataStore();
            for (int step = 0; step < 12; step++) {
                Site site = new Site(fixture.config(), fixture.topics(), articles);
                RelatedArticles related = new RelatedArticles(site, store);
                for (Article article : site.articles()) {
                    assertEquals(titles(byDefinition(site, article)), titles(related.of(article)),
                            "seed " + seed + ", step " + step + ", " + article.file());
                }
                related.keep();
                change(random, articles, topics, seed * 100 + step);
            }
        }
    }

    @Test
    void articlesAddedAloneOrWithTheirTranslationsLeaveTheListsAsTheDefinitionGives() throws Exception {
        Site fixture = FixtureSites.load("bilingual");
        List<String> few = fixture.topics().stream().map(t -> t.key()).toList();
        List<String> many = new ArrayList<>();
        for (int t = 0; t < 24; t++) {
            many.add("t" + t);
        }
        int scored = 0;
        int sharing = 0;
        for (long seed = 1; seed <= 16; seed++) {
            Random random = new Random(seed);
            // few topics: equal scores everywhere; many: lists that a new article seldom changes
            List<String> topics = seed % 2 == 0 ? few : many;
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 150 + random.nextInt(150); i++) {
                articles.add(added(random, topics, "a" + i, random.nextInt(3) == 0 ? "work-" + i : null,
                        random.nextBoolean() ? "en" : "fa"));
            }
            DataStore store = new DataStore();
            RelatedArticles first = new RelatedArticles(new Site(fixture.config(), fixture.topics(), articles), store);
            articles.forEach(first::of);
            first.keep();
            for (int step = 0; step < 8; step++) {
                // one article, or one with its translation, of a work of its own
                List<Article> news = new ArrayList<>();
                String slug = "new" + seed + "-" + step;
                String key = random.nextBoolean() ? "new-work-" + slug : null;
                news.add(added(random, topics, slug, key, "en"));
                if (key != null && random.nextBoolean()) {
                    news.add(added(random, topics, slug + "-fa", key, "fa"));
                }
                articles.addAll(news);
                Site site = new Site(fixture.config(), fixture.topics(), articles);
                RelatedArticles related = new RelatedArticles(site, store);
                scored += related.toScore();
                for (Article article : site.articles()) {
                    if (article.topics().stream().anyMatch(t -> news.stream().anyMatch(a -> a.topics().contains(t)))) {
                        sharing++;
                    }
                    assertEquals(titles(byDefinition(site, article)), titles(related.of(article)),
                            "seed " + seed + ", step " + step + ", " + article.file());
                }
                related.keep();
            }
        }
        assertTrue(scored * 3 < sharing, "most articles sharing a topic with the new ones keep their lists unscored: "
                + scored + " of " + sharing + " scored");
    }

    @Test
    void aTopicWeighsOneOverItsCountRoundedDownToAPowerOfTwo() {
        assertEquals(1.0, RelatedScores.weight(1));
        assertEquals(0.5, RelatedScores.weight(2));
        assertEquals(0.5, RelatedScores.weight(3));
        assertEquals(0.25, RelatedScores.weight(4));
        assertEquals(0.25, RelatedScores.weight(7));
        assertEquals(0.125, RelatedScores.weight(8));
        assertEquals(1.0 / 1024, RelatedScores.weight(1500));
    }

    @Test
    void anAddedArticleChangesOnlyTheListsItEntersWhileNoTopicCountReachesAPowerOfTwo() throws Exception {
        Site fixture = FixtureSites.load("bilingual");
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            topics.add("t" + t);
        }
        int checked = 0;
        int entered = 0;
        int unweighted = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 100 + random.nextInt(200); i++) {
                articles.add(added(random, topics, "a" + i, random.nextInt(3) == 0 ? "work-" + i : null,
                        random.nextBoolean() ? "en" : "fa"));
            }
            Site before = new Site(fixture.config(), fixture.topics(), articles);
            DataStore store = new DataStore();
            RelatedArticles first = new RelatedArticles(before, store);
            Map<String, List<String>> old = new LinkedHashMap<>();
            for (Article article : before.articles()) {
                old.put(article.urlPath(), titles(first.of(article)));
            }
            first.keep();
            Article news = added(random, topics, "new", null, random.nextBoolean() ? "en" : "fa");
            articles.add(news);
            Site after = new Site(fixture.config(), fixture.topics(), articles);
            RelatedArticles related = new RelatedArticles(after, store);
            boolean reweighted = news.topics().stream().anyMatch(t ->
                    Long.bitCount(after.articles().stream().filter(a -> a.topics().contains(t)).count()) == 1);
            if (!reweighted) {
                unweighted++;
                assertEquals(1, related.toScore(), "the other lists are extended, not scored, seed " + seed);
            }
            for (Article article : after.articles()) {
                if (article == news || article.topics().stream().anyMatch(t -> news.topics().contains(t)
                        && Long.bitCount(after.articles().stream().filter(a -> a.topics().contains(t)).count()) == 1)) {
                    continue;
                }
                // a power of two reached changes that topic's weight; any other list is the old one, with the new
                // article in it or not
                List<String> now = new ArrayList<>(titles(related.of(article)));
                List<String> was = old.get(article.urlPath());
                if (now.remove(news.title())) {
                    entered++;
                    assertEquals(was.subList(0, now.size()), now, "seed " + seed + ", " + article.file());
                } else {
                    assertEquals(was, now, "seed " + seed + ", " + article.file());
                }
                checked++;
            }
        }
        assertTrue(entered > 20 && checked > 1000 && unweighted > 5,
                entered + " lists of " + checked + " took the new article; " + unweighted + " sites kept their weights");
    }

    @Test
    void aListWithNoCandidateLeftOutTakesAnAddedArticleWithoutScoring() throws Exception {
        Site fixture = FixtureSites.load("bilingual");
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(new Article(Path.of("en", "a" + i + ".md"), "en", "a" + i, "title " + i, null,
                    LocalDate.of(2010, 1, 1 + i), List.of("rivers"), null, null, null, null, null, null, null, false,
                    "", 1, "h" + i, null));
        }
        DataStore store = new DataStore();
        RelatedArticles first = new RelatedArticles(new Site(fixture.config(), fixture.topics(), articles), store);
        articles.forEach(first::of);
        first.keep();
        articles.add(new Article(Path.of("en", "a3.md"), "en", "a3", "title 3", null, LocalDate.of(2010, 1, 2),
                List.of("rivers", "cities"), null, null, null, null, null, null, null, false, "", 1, "h3", null));
        Site site = new Site(fixture.config(), fixture.topics(), articles);
        RelatedArticles related = new RelatedArticles(site, store);
        assertEquals(1, related.toScore(), "only the added article is scored");
        // equal scores: the closer in date first, then by address
        assertEquals(List.of("title 1", "title 3", "title 2"), titles(related.of(site.articles().stream()
                .filter(a -> a.slug().equals("a0")).findFirst().orElseThrow())));
        for (Article article : site.articles()) {
            assertEquals(titles(byDefinition(site, article)), titles(related.of(article)), article.file().toString());
        }
    }

    private static Article added(Random random, List<String> topics, String slug, String key, String lang) {
        Set<String> tags = new TreeSet<>();
        int n = 1 + random.nextInt(Math.min(5, topics.size()));
        while (tags.size() < n) {
            tags.add(topics.get(random.nextInt(topics.size())));
        }
        LocalDate date = random.nextInt(10) == 0 ? null : LocalDate.of(2010, 1, 1).plusDays(random.nextInt(400));
        return new Article(Path.of(lang, slug + ".md"), lang, slug, "title " + slug, null, date, List.copyOf(tags),
                null, null, null, key, null, null, null, false, "", 1, "h" + slug, null);
    }

    /** One random change of what the lists depend on: an article added, removed, moved in time, retagged or renamed. */
    private static void change(Random random, List<Article> articles, List<String> topics, long stamp) {
        int kind = articles.isEmpty() ? 0 : random.nextInt(5);
        Article one = articles.isEmpty() ? null : articles.get(random.nextInt(articles.size()));
        switch (kind) {
            case 0 -> {
                String lang = random.nextBoolean() ? "en" : "fa";
                String slug = "new" + stamp;
                articles.add(new Article(Path.of(lang, slug + ".md"), lang, slug, "title " + slug, null,
                        LocalDate.of(2010, 1, 1).plusDays(random.nextInt(400)),
                        List.of(topics.get(random.nextInt(topics.size()))), null, null, null, null, null, null, null,
                        false, "", 1, "h" + slug, null));
            }
            case 1 -> articles.remove(one);
            case 2 -> articles.set(articles.indexOf(one), with(one, one.slug(),
                    LocalDate.of(2010, 1, 1).plusDays(random.nextInt(400)), one.topics()));
            case 3 -> articles.set(articles.indexOf(one), with(one, one.slug(), one.date(),
                    List.of(topics.get(random.nextInt(topics.size())))));
            default -> articles.set(articles.indexOf(one), with(one, one.slug() + "-r" + stamp, one.date(), one.topics()));
        }
    }

    private static Article with(Article a, String slug, LocalDate date, List<String> topics) {
        return new Article(Path.of(a.lang(), slug + ".md"), a.lang(), slug, a.title(), null, date, topics, null, null,
                null, a.translationKey(), null, null, null, false, "", 1, a.sourceHash(), null);
    }

    /**
     * {@code kept} with its lists written over after its format: format, limit and count in four bytes
     * each, then per article its address (two bytes of length and the bytes), sixteen bytes of inputs, the
     * length of its list in one byte, the list in four bytes an entry, then what the list leaves out: a
     * bound in eight bytes, the number of candidates named in one and those in four bytes each; the first
     * article lists the last, every other lists nothing, with no candidate left out.
     */
    private static byte[] plantLists(byte[] kept, int n) throws Exception {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(kept));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(in.readInt());
        out.writeInt(in.readInt());
        assertEquals(n, in.readInt());
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeUTF(in.readUTF());
            out.write(in.readNBytes(16));
            in.skipNBytes(4L * in.readUnsignedByte() + 8);
            in.skipNBytes(4L * in.readUnsignedByte());
            if (i == 0) {
                out.writeByte(1);
                out.writeInt(n - 1);
            } else {
                out.writeByte(0);
            }
            out.writeDouble(-1);
            out.writeByte(0);
        }
        out.write(in.readAllBytes());
        return bytes.toByteArray();
    }

    private static byte[] formatChanged(byte[] kept) {
        byte[] other = kept.clone();
        other[3]++;
        return other;
    }

    /**
     * Up to {@code most} articles in both languages, some translated, on few topics so that equal scores are
     * common; the larger sites give an article far more candidates than it lists.
     */
    private static List<Article> randomArticles(Random random, Site fixture, int most) {
        List<String> topics = fixture.topics().stream().map(t -> t.key()).toList();
        int count = 1 + random.nextInt(most);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String lang = random.nextBoolean() ? "en" : "fa";
            Set<String> tags = new TreeSet<>();
            int n = 1 + random.nextInt(Math.min(4, topics.size()));
            while (tags.size() < n) {
                tags.add(topics.get(random.nextInt(topics.size())));
            }
            LocalDate date = random.nextInt(8) == 0 ? null : LocalDate.of(2010, 1, 1).plusDays(random.nextInt(400));
            // pairs share a key: article i and i+1 when i is even and they differ in language
            String key = random.nextInt(3) == 0 ? "work-" + (i / 2) : null;
            String slug = "a" + i;
            articles.add(new Article(Path.of(lang, slug + ".md"), lang, slug, "title " + i, null, date,
                    List.copyOf(tags), null, null, null, key, null, null, null, false, "", 1, "h" + i, null));
        }
        // a key shared twice in one language is not a translation: keep at most one per language
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        List<Article> kept = new ArrayList<>();
        for (Article a : articles) {
            if (a.translationKey() == null || seen.computeIfAbsent(a.translationKey(), k -> new HashSet<>()).add(a.lang())) {
                kept.add(a);
            }
        }
        return kept;
    }

    private record Scored(Article article, double score, long distance) {
    }

    private static List<Article> byDefinition(Site site, Article article) {
        String lang = article.lang();
        Map<Article, Double> scores = new LinkedHashMap<>();
        for (String topic : new TreeSet<>(article.topics())) {
            long tagged = site.articles().stream().filter(a -> a.topics().contains(topic)).count();
            for (Article other : site.articles()) {
                boolean sameWork = other == article || article.translationKey() != null
                        && Objects.equals(article.translationKey(), other.translationKey());
                if (other.topics().contains(topic) && !sameWork) {
                    scores.merge(other, 1.0 / Long.highestOneBit(tagged), Double::sum);
                }
            }
        }
        Set<String> inPageLanguage = new HashSet<>();
        scores.keySet().stream().filter(a -> a.lang().equals(lang) && a.translationKey() != null)
                .forEach(a -> inPageLanguage.add(a.translationKey()));
        List<Scored> candidates = new ArrayList<>();
        scores.forEach((other, score) -> {
            if (other.lang().equals(lang) || !inPageLanguage.contains(other.translationKey())) {
                long distance = article.date() == null || other.date() == null ? Long.MAX_VALUE
                        : Math.abs(ChronoUnit.DAYS.between(article.date(), other.date()));
                candidates.add(new Scored(other, score, distance));
            }
        });
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> !s.article().lang().equals(lang))
                .thenComparingLong(Scored::distance)
                .thenComparing(s -> s.article().urlPath()));
        List<Article> related = new ArrayList<>();
        Set<String> works = new HashSet<>();
        for (Scored candidate : candidates) {
            String key = candidate.article().translationKey();
            if (related.size() < RelatedArticles.LIMIT && (key == null || works.add(key))) {
                related.add(candidate.article());
            }
        }
        return related;
    }

    private static List<String> titles(List<Article> articles) {
        return articles.stream().map(Article::title).toList();
    }
}
