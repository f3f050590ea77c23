package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Up to {@link #LIMIT} articles related to an article, found through the topic index: each article
 * sharing a topic scores the sum, over shared topics, of one over the number of articles with that
 * topic, so a rare shared topic counts for more than a common one. Higher scores first; among equal
 * scores the page's language first, then the closer in date, then by path. Of an article and its translations only
 * one is listed: the page's language when it is among them. The article's own translations are left
 * out: the page links them already.
 */
final class RelatedArticles {

    static final int LIMIT = 5;

    private final Site site;

    RelatedArticles(Site site) {
        this.site = site;
    }

    /** A candidate with its score. */
    private record Scored(Article article, double score, long distance) {
    }

    List<Article> of(Article article) {
        String lang = article.lang();
        Map<Article, Double> scores = new IdentityHashMap<>();
        for (String topic : new TreeSet<>(article.topics())) {
            List<Article> tagged = site.articlesWithTopic(topic);
            double weight = 1.0 / tagged.size();
            for (Article other : tagged) {
                if (!sameWork(article, other)) {
                    scores.merge(other, weight, Double::sum);
                }
            }
        }
        Set<String> inPageLanguage = new HashSet<>();
        scores.keySet().stream().filter(a -> a.lang().equals(lang) && a.translationKey() != null)
                .forEach(a -> inPageLanguage.add(a.translationKey()));
        List<Scored> candidates = new ArrayList<>();
        scores.forEach((other, score) -> {
            if (other.lang().equals(lang) || !inPageLanguage.contains(other.translationKey())) {
                candidates.add(new Scored(other, score, distance(article.date(), other.date())));
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
            if (related.size() < LIMIT && (key == null || works.add(key))) {
                related.add(candidate.article());
            }
        }
        return related;
    }

    private static boolean sameWork(Article article, Article other) {
        return other == article
                || article.translationKey() != null && Objects.equals(article.translationKey(), other.translationKey());
    }

    /** Days between two dates; undated articles are farthest from everything. */
    private static long distance(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return Long.MAX_VALUE;
        }
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
