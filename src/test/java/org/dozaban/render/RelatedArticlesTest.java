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
import java.util.HashMap;
import java.util.Optional;
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

    /** A store of data entries in memory, and of no bodies. */
    private static final class DataStore extends BodyStore.Nothing {
        final Map<String, byte[]> data = new HashMap<>();

        @Override
        public Optional<byte[]> data(String key) {
            return Optional.ofNullable(data.get(key));
        }

        @Override
        public void putData(String key, byte[] bytes) {
            data.put(key, bytes.clone());
        }
    }

    @Test
    void listsKeptByOneRenderAreTakenByTheNextWithTheSameInputsOnly() throws Exception {
        Site fixture = FixtureSites.load("bilingual");
        for (long seed = 1; seed <= 10; seed++) {
            Random random = new Random(seed);
            List<Article> articles = randomArticles(random, fixture, 80);
            Site site = new Site(fixture.config(), fixture.topics(), articles);
            DataStore store = new DataStore();
            RelatedArticles first = new RelatedArticles(site, store);
            // nothing is kept until every article's list is made
            first.keep();
            assertTrue(store.data.isEmpty(), "seed " + seed);
            site.articles().forEach(first::of);
            first.keep();
            assertEquals(1, store.data.size(), "seed " + seed);
            String key = store.data.keySet().iterator().next();

            // the next render over the same inputs reads the lists: a changed entry shows through
            byte[] kept = store.data.get(key);
            List<Article> all = site.articles();
            RelatedArticles again = new RelatedArticles(site, store);
            for (Article article : all) {
                assertEquals(titles(byDefinition(site, article)), titles(again.of(article)), "seed " + seed);
            }
            if (all.size() > 2) {
                // lists written out by hand after the kept entry's format and key of its inputs: the first
                // article lists the last, every other lists nothing
                DataInputStream head = new DataInputStream(new ByteArrayInputStream(kept));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream written = new DataOutputStream(bytes);
                written.writeInt(head.readInt());
                written.writeUTF(head.readUTF());
                written.writeInt(all.size());
                written.writeByte(1);
                written.writeInt(all.size() - 1);
                written.write(new byte[all.size() - 1]);
                store.data.put(key, bytes.toByteArray());
                RelatedArticles read = new RelatedArticles(site, store);
                assertEquals(List.of(all.get(all.size() - 1).title()), titles(read.of(all.get(0))), "seed " + seed);
                assertEquals(List.of(), titles(read.of(all.get(1))), "seed " + seed);
            }

            // damaged or of another size: scored afresh
            for (byte[] damaged : List.of(Arrays.copyOf(kept, kept.length - 1), Arrays.copyOf(kept, kept.length + 1),
                    new byte[0])) {
                store.data.put(key, damaged);
                RelatedArticles fresh = new RelatedArticles(site, store);
                for (Article article : all) {
                    assertEquals(titles(byDefinition(site, article)), titles(fresh.of(article)), "seed " + seed);
                }
            }

            // any input of the lists changed: another key, lists scored afresh
            Article one = articles.get(random.nextInt(articles.size()));
            List<Article> edited = new ArrayList<>(articles);
            edited.set(articles.indexOf(one), new Article(one.file(), one.lang(), one.slug(), one.title(), null,
                    one.date() == null ? LocalDate.of(2011, 1, 1) : one.date().plusDays(1), one.topics(), null,
                    null, null, one.translationKey(), null, null, null, false, "", 1, "h", null));
            Site changedSite = new Site(fixture.config(), fixture.topics(), edited);
            store.data.put(key, kept);
            RelatedArticles afresh = new RelatedArticles(changedSite, store);
            for (Article article : changedSite.articles()) {
                assertEquals(titles(byDefinition(changedSite, article)), titles(afresh.of(article)), "seed " + seed);
            }
            afresh.keep();
            // one entry, written over: the lists of the first site are gone and are scored afresh
            assertEquals(1, store.data.size(), "seed " + seed);
            assertFalse(Arrays.equals(kept, store.data.get(key)), "seed " + seed);
            RelatedArticles back = new RelatedArticles(site, store);
            for (Article article : all) {
                assertEquals(titles(byDefinition(site, article)), titles(back.of(article)), "seed " + seed);
            }
        }
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
                    scores.merge(other, 1.0 / tagged, Double::sum);
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
