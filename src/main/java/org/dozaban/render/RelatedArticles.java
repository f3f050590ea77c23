package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Up to {@link #LIMIT} articles related to an article, found through the topic index: each article
 * sharing a topic scores the sum, over shared topics, of one over the number of articles with that
 * topic, so a rare shared topic counts for more than a common one. Higher scores first; among equal
 * scores the page's language first, then the closer in date, then by path. Of an article and its translations only
 * one is listed: the page's language when it is among them. The article's own translations are left
 * out: the page links them already.
 *
 * <p>Built once per render: the topic index is kept as arrays of article ordinals, and each thread adds up
 * scores in its own array indexed by ordinal, so an article costs one pass over the lists of its own
 * topics and no allocation per candidate.
 */
final class RelatedArticles {

    static final int LIMIT = 5;

    private final Site site;
    private final List<Article> articles;
    private final Map<String, int[]> byTopic = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    /** Per ordinal: a number shared by an article and its translations, and by nothing else. */
    private final int[] work;
    private final String[] language;
    /** Per ordinal: the article's date as a day number, {@link Long#MIN_VALUE} when undated. */
    private final long[] day;
    private final ThreadLocal<Scratch> scratch;

    RelatedArticles(Site site) {
        this.site = site;
        this.articles = site.articles();
        int n = articles.size();
        work = new int[n];
        language = new String[n];
        day = new long[n];
        Map<String, Integer> works = new HashMap<>();
        Map<String, List<Integer>> topics = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Article article = articles.get(i);
            String key = article.translationKey();
            work[i] = key == null ? -1 - i : works.computeIfAbsent(key, k -> works.size());
            language[i] = article.lang();
            day[i] = article.date() == null ? Long.MIN_VALUE : article.date().toEpochDay();
            for (String topic : new TreeSet<>(article.topics())) {
                topics.computeIfAbsent(topic, k -> new ArrayList<>()).add(i);
            }
        }
        topics.forEach((topic, ordinals) -> {
            byTopic.put(topic, ordinals.stream().mapToInt(Integer::intValue).toArray());
            weights.put(topic, 1.0 / ordinals.size());
        });
        scratch = ThreadLocal.withInitial(() -> new Scratch(n));
    }

    /** A thread's score table, all zero between calls, and the ordinals it touched. */
    private static final class Scratch {
        final double[] score;
        final int[] touched;
        final int[] mark;
        int stamp;

        Scratch(int n) {
            score = new double[n];
            touched = new int[n];
            mark = new int[n];
        }
    }

    /** A candidate with its score. */
    private record Scored(int ordinal, double score, boolean foreign, long distance, String path) {
    }

    List<Article> of(Article article) {
        int self = site.ordinal(article);
        String lang = article.lang();
        Scratch s = scratch.get();
        int count = 0;
        for (String topic : new TreeSet<>(article.topics())) {
            int[] tagged = byTopic.getOrDefault(topic, new int[0]);
            double weight = weights.getOrDefault(topic, 0.0);
            for (int other : tagged) {
                if (work[other] == work[self]) {
                    continue;
                }
                if (s.score[other] == 0) {
                    s.touched[count++] = other;
                }
                s.score[other] += weight;
            }
        }
        // works with a version in the page's language among the candidates
        int stamp = ++s.stamp;
        for (int i = 0; i < count; i++) {
            int o = s.touched[i];
            if (language[o].equals(lang)) {
                if (work[o] >= 0) {
                    s.mark[work[o]] = stamp;
                }
            }
        }
        List<Scored> best = new ArrayList<>();
        Comparator<Scored> order = Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Scored::foreign)
                .thenComparingLong(Scored::distance)
                .thenComparing(Scored::path);
        // the best few by score, pruned now and then: a candidate scoring under the lowest kept score,
        // once that many are kept, is ranked after all of them
        int keep = 4 * LIMIT;
        double threshold = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            int o = s.touched[i];
            boolean foreign = !language[o].equals(lang);
            if (s.score[o] >= threshold && (!foreign || work[o] < 0 || s.mark[work[o]] != stamp)) {
                best.add(new Scored(o, s.score[o], foreign, distance(day[self], day[o]),
                        articles.get(o).urlPath()));
                if (best.size() > 2 * keep) {
                    best.sort(order);
                    best.subList(keep, best.size()).clear();
                    threshold = best.get(keep - 1).score();
                }
            }
            s.score[o] = 0;
        }
        best.sort(order);
        List<Article> related = new ArrayList<>();
        Set<Integer> listed = new HashSet<>();
        for (Scored candidate : best) {
            if (related.size() < LIMIT && listed.add(work[candidate.ordinal()])) {
                related.add(articles.get(candidate.ordinal()));
            }
        }
        return related;
    }

    /** Days between two dates; undated articles are farthest from everything. */
    private static long distance(long a, long b) {
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.abs(a - b);
    }
}
