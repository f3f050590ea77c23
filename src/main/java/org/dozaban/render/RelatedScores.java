package org.dozaban.render;

import org.dozaban.content.Article;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring behind {@link RelatedArticles}: the topic index is kept as arrays of article ordinals, and each
 * thread adds up scores in its own array indexed by ordinal and keeps the best few works as it goes, so an
 * article costs one pass over the lists of its own topics and no allocation per candidate.
 */
final class RelatedScores {

    private static final int LIMIT = RelatedArticles.LIMIT;

    /** Per topic: the ordinals of its articles, in order. */
    private final Map<String, int[]> byTopic;
    /** Per ordinal: a number shared by an article and its translations, and by nothing else. */
    private final int[] work;
    /** Per ordinal: the article's language, numbered. */
    private final int[] language;
    /** Per ordinal: the article's date as a day number, {@link Long#MIN_VALUE} when undated. */
    private final long[] day;
    /** Per ordinal: the article's place when all are sorted by path. */
    private final int[] pathRank;
    /** Per ordinal: the article's topics, sorted. */
    private final String[][] topics;
    private final ThreadLocal<Scratch> scratch;

    /**
     * @param articles the site's articles, by ordinal
     * @param topics   per ordinal, the article's topics, each once, sorted
     * @param pathRank per ordinal, the article's place when all are sorted by address
     */
    RelatedScores(List<Article> articles, String[][] topics, int[] pathRank) {
        int n = articles.size();
        work = new int[n];
        language = new int[n];
        day = new long[n];
        this.pathRank = pathRank;
        this.topics = topics;
        Map<String, Integer> works = new HashMap<>();
        Map<String, Integer> languages = new HashMap<>();
        // topics numbered as met, and counted in an array, not a map of boxed counts
        Map<String, Integer> topicNumbers = new HashMap<>();
        int[] counts = new int[16];
        for (int i = 0; i < n; i++) {
            Article article = articles.get(i);
            String key = article.translationKey();
            work[i] = key == null ? -1 - i : works.computeIfAbsent(key, k -> works.size());
            language[i] = languages.computeIfAbsent(article.lang(), k -> languages.size());
            day[i] = article.date() == null ? Long.MIN_VALUE : article.date().toEpochDay();
            for (String topic : topics[i]) {
                Integer number = topicNumbers.get(topic);
                if (number == null) {
                    number = topicNumbers.size();
                    topicNumbers.put(topic, number);
                    if (number == counts.length) {
                        counts = Arrays.copyOf(counts, 2 * number);
                    }
                }
                counts[number]++;
            }
        }
        int[][] lists = new int[topicNumbers.size()][];
        for (int t = 0; t < lists.length; t++) {
            lists[t] = new int[counts[t]];
        }
        int[] filled = new int[lists.length];
        for (int i = 0; i < n; i++) {
            for (String topic : topics[i]) {
                int number = topicNumbers.get(topic);
                lists[number][filled[number]++] = i;
            }
        }
        byTopic = new HashMap<>(lists.length * 4 / 3 + 1);
        topicNumbers.forEach((topic, number) -> byTopic.put(topic, lists[number]));
        scratch = ThreadLocal.withInitial(() -> new Scratch(n));
    }

    /** A thread's score table, all zero between calls, the ordinals it touched, and the best kept so far. */
    private static final class Scratch {
        final double[] score;
        final int[] touched;
        final int[] mark;
        /** The best candidates so far, one per work, best first. */
        final int[] best = new int[LIMIT];
        int stamp;

        Scratch(int n) {
            score = new double[n];
            touched = new int[n];
            mark = new int[n];
        }
    }

    /**
     * The weight of a topic with {@code size} articles: one over the largest power of two not above it. A rare
     * topic counts for more than a common one, and an article added changes a weight only when its topic's
     * count reaches a power of two, so the order of the other articles in a list seldom moves. Sums of such
     * weights are exact, whatever their order.
     */
    static double weight(int size) {
        return 1.0 / Integer.highestOneBit(size);
    }

    /** At most this many classes of candidates at the highest score left out are named in {@link LeftOut}. */
    static final int NAMED = 4;

    /**
     * What a list leaves out of the candidates (the articles sharing a topic with its article, other than its
     * own translations and than versions passed over for one in its language). A class is the candidates
     * sharing the same topics with the article, so scoring alike and keeping their order among themselves
     * whatever the topics' sizes. Either {@code top} is empty and every candidate left out scores at most
     * {@code bound}; or {@code top} names the first candidate left out of each class at the highest score
     * left out, one per class, and every other candidate left out, not of those classes, scores at most
     * {@code bound}. A bound of -1: none.
     */
    record LeftOut(double bound, int[] top) {
    }

    /** An article's related articles, best first, and what the list leaves out. */
    record Scored(int[] list, LeftOut leftOut) {
    }

    /** The articles related to the one of ordinal {@code self}. */
    Scored of(int self) {
        // arrays in locals: the quick compiler, which rebuilds run with, reloads fields on every use
        int[] work = this.work;
        int[] language = this.language;
        int lang = language[self];
        int own = work[self];
        Scratch s = scratch.get();
        double[] score = s.score;
        int[] touched = s.touched;
        int[] mark = s.mark;
        int[] best = s.best;
        int count = 0;
        for (String topic : topics[self]) {
            int[] list = byTopic.get(topic);
            double weight = weight(list.length);
            for (int other : list) {
                if (work[other] == own) {
                    continue;
                }
                if (score[other] == 0) {
                    touched[count++] = other;
                }
                score[other] += weight;
            }
        }
        // works with a version in the page's language among the candidates
        int stamp = ++s.stamp;
        for (int i = 0; i < count; i++) {
            int o = touched[i];
            if (language[o] == lang && work[o] >= 0) {
                mark[work[o]] = stamp;
            }
        }
        // the best version of each work, and the best few works: a work's version that falls off the end
        // is followed by no better one of the same work that could take its place, since the end only rises
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int o = touched[i];
            if (kept == LIMIT && score[o] < score[best[LIMIT - 1]]) {
                // after the last kept, and so after its own work's version if that is kept: most candidates
                continue;
            }
            boolean foreign = language[o] != lang;
            if (!foreign || work[o] < 0 || mark[work[o]] != stamp) {
                kept = keep(s, kept, o, self);
            }
        }
        LeftOut leftOut = leftOut(s, count, kept, self, stamp);
        for (int i = 0; i < count; i++) {
            score[touched[i]] = 0;
        }
        return new Scored(Arrays.copyOf(best, kept), leftOut);
    }

    /** What the list in {@code s} leaves out; the scores are those of {@code self}'s candidates. */
    private LeftOut leftOut(Scratch s, int count, int kept, int self, int stamp) {
        int lang = language[self];
        double[] score = s.score;
        LeftOutGatherer gatherer = new LeftOutGatherer(topics[self], -1);
        LeftOutGatherer.Order order = (a, b) -> before(s, a, b, self);
        for (int i = 0; i < count; i++) {
            int o = s.touched[i];
            // most candidates score too little to matter, and are not checked further
            if (!gatherer.matters(score[o])) {
                continue;
            }
            boolean passedOver = language[o] != lang && work[o] >= 0 && s.mark[work[o]] == stamp;
            if (!passedOver && !kept(s.best, kept, o)) {
                gatherer.add(o, score[o], topics[o], order);
            }
        }
        return gatherer.leftOut();
    }

    /**
     * Gathers what a list leaves out ({@link LeftOut}), a candidate at a time: the highest score, the first
     * candidate of each class at that score, and a bound on the scores of the others. The caller names
     * candidates by any numbers it likes, and {@code Order} ranks two of them that score alike.
     */
    static final class LeftOutGatherer {

        /** Whether candidate {@code a} ranks before candidate {@code b}. */
        interface Order {
            boolean before(int a, int b);
        }

        /** The topics of the list's article, sorted. */
        private final String[] own;
        /** Too many topics to tell classes by a bit each: no candidate is named. */
        private final boolean manyTopics;
        private double top = -1;
        private double below;
        private final int[] named = new int[NAMED];
        private final int[] classes = new int[NAMED];
        private int classCount;
        /** More classes at the highest score than are named: none is. */
        private boolean manyClasses;

        /**
         * @param own   the topics of the list's article, sorted
         * @param bound the highest score of the candidates left out that will not be given, -1 for none
         */
        LeftOutGatherer(String[] own, double bound) {
            this.own = own;
            this.manyTopics = own.length >= Integer.SIZE;
            this.below = bound;
        }

        /** Whether a candidate scoring {@code value} changes what is gathered; those that do not need not be given. */
        boolean matters(double value) {
            return value > below;
        }

        /** Adds a candidate left out: its number, score and sorted topics. */
        void add(int candidate, double value, String[] topics, Order order) {
            if (value <= below) {
                return;
            }
            if (value < top) {
                below = value;
                return;
            }
            if (value > top) {
                below = Math.max(below, top);
                top = value;
                classCount = 0;
                manyClasses = false;
            }
            if (manyTopics || manyClasses) {
                return;
            }
            int shared = shared(own, topics);
            int at = 0;
            while (at < classCount && classes[at] != shared) {
                at++;
            }
            if (at < classCount) {
                if (order.before(candidate, named[at])) {
                    named[at] = candidate;
                }
            } else if (classCount < NAMED) {
                classes[classCount] = shared;
                named[classCount++] = candidate;
            } else {
                manyClasses = true;
            }
        }

        /** What was gathered, the candidates named by the numbers they were given by. */
        LeftOut leftOut() {
            return manyTopics || manyClasses || classCount == 0 ? new LeftOut(Math.max(top, below), new int[0])
                    : new LeftOut(below, Arrays.copyOf(named, classCount));
        }

        /** The topics of {@code self}'s that {@code other} has too, a bit per topic in {@code self}'s order. */
        private static int shared(String[] self, String[] other) {
            int bits = 0;
            for (int t = 0; t < self.length; t++) {
                if (Arrays.binarySearch(other, self[t]) >= 0) {
                    bits |= 1 << t;
                }
            }
            return bits;
        }
    }

    private static boolean kept(int[] best, int kept, int candidate) {
        for (int i = 0; i < kept; i++) {
            if (best[i] == candidate) {
                return true;
            }
        }
        return false;
    }

    /** Puts {@code candidate} among the best kept, in order, one per work; returns how many are kept. */
    private int keep(Scratch s, int kept, int candidate, int self) {
        int[] best = s.best;
        if (kept == LIMIT && s.score[candidate] < s.score[best[LIMIT - 1]]) {
            // after the last kept, and so after its own work's version if that is kept: most candidates
            return kept;
        }
        int same = -1;
        for (int i = 0; i < kept; i++) {
            if (work[best[i]] == work[candidate]) {
                same = i;
                break;
            }
        }
        if (same >= 0) {
            if (!before(s, candidate, best[same], self)) {
                return kept;
            }
            System.arraycopy(best, same + 1, best, same, kept - same - 1);
            kept--;
        } else if (kept == LIMIT) {
            if (!before(s, candidate, best[LIMIT - 1], self)) {
                return kept;
            }
            kept--;
        }
        int at = kept;
        while (at > 0 && before(s, candidate, best[at - 1], self)) {
            best[at] = best[at - 1];
            at--;
        }
        best[at] = candidate;
        return kept + 1;
    }

    /**
     * Whether {@code a} ranks before {@code b}: higher score, then the page's language, then closer in date,
     * then by path.
     */
    private boolean before(Scratch s, int a, int b, int self) {
        return before(s.score[a], s.score[b], language[a] != language[self], language[b] != language[self],
                distance(day[self], day[a]), distance(day[self], day[b]), pathRank[a], pathRank[b]);
    }

    /**
     * Whether a candidate ranks before another, by their scores, whether each is in another language than
     * the page, their distances in days from the page's article and their places by address.
     */
    static boolean before(double scoreA, double scoreB, boolean foreignA, boolean foreignB, long distanceA,
                          long distanceB, int rankA, int rankB) {
        if (scoreA != scoreB) {
            return scoreA > scoreB;
        }
        if (foreignA != foreignB) {
            return !foreignA;
        }
        if (distanceA != distanceB) {
            return distanceA < distanceB;
        }
        return rankA < rankB;
    }

    /** Days between two dates; undated articles are farthest from everything. */
    static long distance(long a, long b) {
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.abs(a - b);
    }
}
