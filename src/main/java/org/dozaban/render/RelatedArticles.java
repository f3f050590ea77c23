package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.dozaban.text.KeyHash;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Up to {@link #LIMIT} articles related to an article, found through the topic index: each article
 * sharing a topic scores the sum, over shared topics, of the topic's {@link RelatedScores#weight}: one over
 * its number of articles rounded down to a power of two, so a rare shared topic counts for more than a
 * common one. Higher scores first; among equal
 * scores the page's language first, then the closer in date, then by path. Of an article and its translations only
 * one is listed: the page's language when it is among them. The article's own translations are left
 * out: the page links them already. Scored by {@link RelatedScores}, built once per render.
 *
 * <p>An article's list depends only on its own language, translation key, date, topics and address (its
 * inputs) and on the inputs of the articles of each of its topics: every candidate shares a topic, and a
 * topic's weight comes from its number of articles. The build cache keeps the last render's lists in one entry that
 * each render writes over, with each article's inputs and a digest of each topic's articles. A render takes
 * an article's list from there when its inputs and each of its topics are as they were, and scores the
 * others. When every list is taken, the topic index is not even built.
 *
 * <p>When the only change is articles added, each of a work of its own, no score can rise: a topic's weight
 * only falls as it gains articles. The store keeps with each list what it left out ({@link
 * RelatedScores.LeftOut}): the first candidate of each class at the highest score left out, and a bound on
 * the scores of the others. An article sharing a topic with the new ones is then not scored again: its old
 * list and the new articles are ranked again, and the list stands while each article in it still ranks
 * before every candidate left out, which the named ones and the bound tell. While none of its topics'
 * counts reached a power of two, its weights are those of the last render, every old candidate scores and
 * ranks as it did, and the list stands without that check: only the new articles can enter it.
 */
final class RelatedArticles {

    static final int LIMIT = 5;

    private static final int FORMAT = 5;
    /** The store entry of the lists: one, written over, so that the cache holds only the last lists. */
    private static final String ENTRY = KeyHash.of("related articles");

    private final List<Article> articles;
    private final Site site;
    private final BodyStore store;
    /** Per ordinal: the article's address. */
    private final String[] paths;
    /** Per ordinal: the digest of the article's inputs. */
    private final byte[][] inputs;
    /** Per topic: the digest of its articles' inputs. */
    private final Map<String, byte[]> topics;
    /** Per ordinal: the list as the last render made it or extended, and what it leaves out; null to score. */
    private final RelatedScores.Scored[] known;
    /** Scores the articles whose lists are not known; null when all are. */
    private final RelatedScores scores;
    /** Per ordinal: the list this render has, and what it leaves out, to be stored. */
    private final RelatedScores.Scored[] made;
    /** Whether the store holds what this render would store already. */
    private final boolean stored;

    /** Related articles scored afresh, stored nowhere. */
    RelatedArticles(Site site) {
        this(site, BodyStore.NONE);
    }

    /** Related articles as {@code store} holds them where their inputs are unchanged, the others scored. */
    RelatedArticles(Site site, BodyStore store) {
        this.site = site;
        this.store = store;
        this.articles = site.articles();
        int n = articles.size();
        paths = new String[n];
        String[][] topicsOf = new String[n][];
        inputs = new byte[n][];
        for (int i = 0; i < n; i++) {
            Article article = articles.get(i);
            paths[i] = article.urlPath();
            topicsOf[i] = sortedDistinct(article.topics());
            inputs[i] = inputsOf(article, paths[i], topicsOf[i]);
        }
        Map<String, Integer> ordinals = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            ordinals.put(paths[i], i);
        }
        int[] byPath = byPath(paths, ordinals);
        int[] pathRank = ranks(byPath);
        Map<String, Integer> sizes = new HashMap<>();
        topics = topicDigests(byPath, topicsOf, inputs, sizes);
        // two articles at one address, which loading reports: nothing is taken by address
        Last last = ordinals.size() < n ? null : store.data(ENTRY).map(Last::decode).orElse(null);
        if (last != null) {
            last.match(paths);
        }
        known = new RelatedScores.Scored[n];
        made = new RelatedScores.Scored[n];
        boolean all = last != null;
        Extension extension = null;
        for (int i = 0; i < n && last != null; i++) {
            int at = last.at(i, inputs[i]);
            int[] list = at < 0 ? null : last.mapped(last.lists[at]);
            int[] top = at < 0 ? null : last.mapped(last.tops[at]);
            if (list == null || top == null) {
                all = false;
                continue;
            }
            RelatedScores.LeftOut leftOut = new RelatedScores.LeftOut(last.bounds[at], top);
            if (last.sameTopics(articles.get(i), topics)) {
                known[i] = new RelatedScores.Scored(list, leftOut);
            } else {
                if (extension == null) {
                    int[] added = last.added(inputs, articles);
                    extension = new Extension(articles, topicsOf, pathRank, sizes,
                            added == null ? new int[0] : added, added != null);
                }
                known[i] = extension.extend(i, list, leftOut);
            }
            all &= known[i] != null;
        }
        scores = all ? null : new RelatedScores(articles, topicsOf, pathRank);
        stored = all && last.holds(paths, inputs);
    }

    /** How many lists this render scores afresh: those it neither takes from the store nor extends. */
    int toScore() {
        int count = 0;
        for (RelatedScores.Scored list : known) {
            if (list == null) {
                count++;
            }
        }
        return count;
    }

    List<Article> of(Article article) {
        int self = site.ordinal(article);
        RelatedScores.Scored scored = known[self] != null ? known[self] : scores.of(self);
        made[self] = scored;
        int[] ordinals = scored.list();
        List<Article> related = new ArrayList<>(ordinals.length);
        for (int other : ordinals) {
            related.add(articles.get(other));
        }
        return related;
    }

    /**
     * Stores the lists of this render for the next one, when it has the list of every article and the store
     * does not hold them already; call once every page that shows them is prepared.
     */
    void keep() {
        if (stored) {
            return;
        }
        for (RelatedScores.Scored list : made) {
            if (list == null) {
                return;
            }
        }
        store.putData(ENTRY, encode());
    }

    private static final int DIGEST = 16;

    /** The article's topics, each once, sorted. */
    private static String[] sortedDistinct(List<String> topics) {
        String[] sorted = topics.toArray(String[]::new);
        Arrays.sort(sorted);
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || !sorted[i].equals(sorted[kept - 1])) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }

    /** The ordinals in order of address; {@code ordinals} has each address's ordinal, unless two share one. */
    private static int[] byPath(String[] paths, Map<String, Integer> ordinals) {
        int n = paths.length;
        int[] order = new int[n];
        if (ordinals.size() == n) {
            String[] sorted = paths.clone();
            Arrays.sort(sorted);
            for (int r = 0; r < n; r++) {
                order[r] = ordinals.get(sorted[r]);
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, Comparator.comparing(i -> paths[i]));
        for (int r = 0; r < n; r++) {
            order[r] = boxed[r];
        }
        return order;
    }

    /** Per ordinal, its place in {@code order}. */
    private static int[] ranks(int[] order) {
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** The digest of what one article brings to the lists. */
    private static byte[] inputsOf(Article article, String path, String[] topics) {
        KeyHash key = new KeyHash().text(path).text(article.lang())
                .text(article.translationKey() == null ? "" : "k" + article.translationKey())
                .number(article.date() == null ? Long.MIN_VALUE : article.date().toEpochDay())
                .number(topics.length);
        for (String topic : topics) {
            key.text(topic);
        }
        return key.digest();
    }

    /**
     * Per topic, the digest of the inputs of its articles, taken in order of address ({@code byPath}); puts
     * each topic's number of articles in {@code sizes}.
     */
    private static Map<String, byte[]> topicDigests(int[] byPath, String[][] topicsOf, byte[][] inputs,
                                                    Map<String, Integer> sizes) {
        Map<String, TopicKey> keys = new HashMap<>();
        for (int i : byPath) {
            for (String topic : topicsOf[i]) {
                TopicKey key = keys.computeIfAbsent(topic, t -> new TopicKey());
                key.hash.bytes(inputs[i]);
                key.size++;
            }
        }
        Map<String, byte[]> digests = new HashMap<>();
        keys.forEach((topic, key) -> {
            digests.put(topic, key.hash.digest());
            sizes.put(topic, key.size);
        });
        return digests;
    }

    /** A topic's digest as it is made, and its number of articles. */
    private static final class TopicKey {
        final KeyHash hash = new KeyHash();
        int size;
    }

    /**
     * The lists as the last render stored them.
     *
     * @param paths   per ordinal of that render, the article's address
     * @param inputs  per ordinal, the digest of the article's inputs
     * @param lists   per ordinal, the related articles' ordinals
     * @param topics  per topic, the digest of its articles' inputs
     * @param indexes per address, the ordinal
     */
    private static final class Last {
        private final String[] paths;
        private final byte[][] inputs;
        private final int[][] lists;
        private final double[] bounds;
        private final int[][] tops;
        private final Map<String, byte[]> topics;
        private final Map<String, Integer> indexes;
        /** Per ordinal of the last render, the ordinal of this render's article at the same address, or -1. */
        private final int[] now;
        /** Per ordinal of this render, the ordinal of the last render's article at the same address, or -1. */
        private int[] lastOf;
        /** The topics whose articles are those of the last render, made on first use. */
        private Set<String> unchangedTopics;

        private Last(String[] paths, byte[][] inputs, int[][] lists, double[] bounds, int[][] tops,
                     Map<String, byte[]> topics, Map<String, Integer> indexes) {
            this.paths = paths;
            this.inputs = inputs;
            this.lists = lists;
            this.bounds = bounds;
            this.tops = tops;
            this.topics = topics;
            this.indexes = indexes;
            this.now = new int[paths.length];
        }

        /** The lists as {@link #encode} wrote them, or null when they are not that. */
        static Last decode(byte[] bytes) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                if (in.readInt() != FORMAT || in.readInt() != LIMIT) {
                    return null;
                }
                int n = in.readInt();
                if (n < 0 || n > bytes.length) {
                    return null;
                }
                String[] paths = new String[n];
                byte[][] inputs = new byte[n][];
                int[][] lists = new int[n][];
                double[] bounds = new double[n];
                int[][] tops = new int[n][];
                Map<String, Integer> indexes = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    paths[i] = in.readUTF();
                    inputs[i] = in.readNBytes(DIGEST);
                    int count = in.readUnsignedByte();
                    if (inputs[i].length != DIGEST || count > LIMIT || indexes.put(paths[i], i) != null) {
                        return null;
                    }
                    lists[i] = new int[count];
                    for (int j = 0; j < count; j++) {
                        int other = in.readInt();
                        if (other < 0 || other >= n || other == i) {
                            return null;
                        }
                        lists[i][j] = other;
                    }
                    bounds[i] = in.readDouble();
                    int named = in.readUnsignedByte();
                    if (!(bounds[i] == -1 || bounds[i] > 0) || named > RelatedScores.NAMED) {
                        return null;
                    }
                    tops[i] = new int[named];
                    for (int j = 0; j < named; j++) {
                        int other = in.readInt();
                        if (other < 0 || other >= n || other == i) {
                            return null;
                        }
                        tops[i][j] = other;
                    }
                }
                int topicCount = in.readInt();
                if (topicCount < 0 || topicCount > bytes.length) {
                    return null;
                }
                Map<String, byte[]> topics = new HashMap<>();
                for (int t = 0; t < topicCount; t++) {
                    String topic = in.readUTF();
                    byte[] digest = in.readNBytes(DIGEST);
                    if (digest.length != DIGEST) {
                        return null;
                    }
                    topics.put(topic, digest);
                }
                return in.read() == -1 ? new Last(paths, inputs, lists, bounds, tops, topics, indexes) : null;
            } catch (IOException e) {
                return null;
            }
        }

        /**
         * Matches the articles of this render, at {@code nowPaths} by ordinal, with those of the last by address;
         * call before the methods below.
         */
        void match(String[] nowPaths) {
            Arrays.fill(now, -1);
            lastOf = new int[nowPaths.length];
            for (int i = 0; i < nowPaths.length; i++) {
                Integer at = indexes.get(nowPaths[i]);
                lastOf[i] = at == null ? -1 : at;
                if (at != null) {
                    now[at] = i;
                }
            }
        }

        /** The last render's ordinal of the article of ordinal {@code i}, when its inputs were {@code input}; else -1. */
        int at(int i, byte[] input) {
            int at = lastOf[i];
            return at < 0 || !Arrays.equals(inputs[at], input) ? -1 : at;
        }

        /** Whether each of the article's topics has the articles it had in the last render. */
        boolean sameTopics(Article article, Map<String, byte[]> now) {
            if (unchangedTopics == null) {
                unchangedTopics = new HashSet<>();
                now.forEach((topic, digest) -> {
                    if (Arrays.equals(topics.get(topic), digest)) {
                        unchangedTopics.add(topic);
                    }
                });
            }
            for (String topic : article.topics()) {
                if (!unchangedTopics.contains(topic)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The ordinals of this render of the articles added since the last, when every article of the last
         * is here with the same inputs and no added article shares a translation key with one of them;
         * else null.
         */
        int[] added(byte[][] nowInputs, List<Article> articles) {
            List<Integer> added = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            int kept = 0;
            for (int i = 0; i < nowInputs.length; i++) {
                int at = at(i, nowInputs[i]);
                if (at >= 0) {
                    kept++;
                    if (articles.get(i).translationKey() != null) {
                        keys.add(articles.get(i).translationKey());
                    }
                } else if (lastOf[i] >= 0) {
                    return null;
                } else {
                    added.add(i);
                }
            }
            if (kept != paths.length) {
                return null;
            }
            for (int i : added) {
                if (keys.contains(articles.get(i).translationKey())) {
                    return null;
                }
            }
            return added.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Ordinals of the last render in this render's; null when one of their articles is gone. */
        int[] mapped(int[] last) {
            int[] list = new int[last.length];
            for (int j = 0; j < list.length; j++) {
                int other = now[last[j]];
                if (other < 0) {
                    return null;
                }
                list[j] = other;
            }
            return list;
        }

        /** Whether these are the lists of the articles at {@code addresses}, in this order, with inputs {@code now}. */
        boolean holds(String[] addresses, byte[][] now) {
            if (addresses.length != paths.length) {
                return false;
            }
            for (int i = 0; i < paths.length; i++) {
                if (!paths[i].equals(addresses[i]) || !Arrays.equals(inputs[i], now[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The lists of the articles sharing a topic with articles added since the last render, made from their
     * last lists when the scores allow (see the class comment).
     */
    private static final class Extension {
        private final List<Article> articles;
        private final String[][] topicsOf;
        private final int[] pathRank;
        private final Map<String, Integer> sizes;
        private final int[] added;
        private final boolean usable;
        /** The topics whose weight the added articles changed. */
        private final Set<String> reweighted = new HashSet<>();

        Extension(List<Article> articles, String[][] topicsOf, int[] pathRank, Map<String, Integer> sizes,
                  int[] added, boolean usable) {
            this.articles = articles;
            this.topicsOf = topicsOf;
            this.pathRank = pathRank;
            this.sizes = sizes;
            this.added = added;
            this.usable = usable;
            Map<String, Integer> gained = new HashMap<>();
            for (int other : added) {
                for (String topic : topicsOf[other]) {
                    gained.merge(topic, 1, Integer::sum);
                }
            }
            gained.forEach((topic, count) -> {
                int size = sizes.get(topic);
                if (RelatedScores.weight(size) != RelatedScores.weight(size - count)) {
                    reweighted.add(topic);
                }
            });
        }

        /** Whether each topic of article {@code self} weighs what it did in the last render. */
        private boolean sameWeights(int self) {
            for (String topic : topicsOf[self]) {
                if (reweighted.contains(topic)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The list of article {@code self} from its list in the last render and what that left out; null when
         * it is to be scored afresh.
         */
        RelatedScores.Scored extend(int self, int[] last, RelatedScores.LeftOut lastLeftOut) {
            if (!usable) {
                return null;
            }
            Article article = articles.get(self);
            int[] named = lastLeftOut.top();
            // the candidates: the old list, the added articles that share a topic, then the ones named left out
            int[] candidates = new int[last.length + added.length + named.length];
            double[] score = new double[candidates.length];
            int count = 0;
            for (int other : last) {
                candidates[count] = other;
                score[count++] = score(self, other);
            }
            for (int other : added) {
                double value = score(self, other);
                if (value > 0 && !sameWork(article, articles.get(other)) && !passedOver(self, other)) {
                    candidates[count] = other;
                    score[count++] = value;
                }
            }
            int ranked = count;
            for (int other : named) {
                candidates[count] = other;
                score[count++] = score(self, other);
            }
            // ranked by insertion: a handful
            for (int i = 1; i < ranked; i++) {
                for (int j = i; j > 0 && before(self, candidates[j], score[j], candidates[j - 1], score[j - 1]); j--) {
                    swap(candidates, j, j - 1);
                    swap(score, j, j - 1);
                }
            }
            int[] list = new int[Math.min(LIMIT, ranked)];
            int listed = 0;
            boolean[] out = new boolean[count];
            // with the weights of the last render, every candidate scores and ranks as it did then: the old list
            // still ranks before every candidate it left out
            boolean sameWeights = sameWeights(self);
            for (int i = 0; i < ranked; i++) {
                if (listed < LIMIT && !workListed(candidates[i], list, listed)) {
                    // else it must rank before every candidate left out, or one of those may take its place
                    if (!sameWeights && score[i] <= lastLeftOut.bound()) {
                        return null;
                    }
                    for (int j = ranked; j < count && !sameWeights; j++) {
                        if (!before(self, candidates[i], score[i], candidates[j], score[j])) {
                            return null;
                        }
                    }
                    list[listed++] = candidates[i];
                } else {
                    out[i] = true;
                }
            }
            for (int j = ranked; j < count; j++) {
                out[j] = true;
            }
            return new RelatedScores.Scored(listed == list.length ? list : Arrays.copyOf(list, listed),
                    leftOut(self, candidates, score, out, lastLeftOut.bound()));
        }

        /** Whether one of the first {@code listed} of {@code list} is of the same work as {@code candidate}. */
        private boolean workListed(int candidate, int[] list, int listed) {
            String key = articles.get(candidate).translationKey();
            if (key == null) {
                return false;
            }
            for (int i = 0; i < listed; i++) {
                if (key.equals(articles.get(list[i]).translationKey())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * What a list leaves out: the candidates marked {@code out}, and others that score at most {@code bound}.
         */
        private RelatedScores.LeftOut leftOut(int self, int[] candidates, double[] score, boolean[] out,
                                              double bound) {
            RelatedScores.LeftOutGatherer gatherer = new RelatedScores.LeftOutGatherer(topicsOf[self], bound);
            // candidates by their place in the arrays
            RelatedScores.LeftOutGatherer.Order order =
                    (a, b) -> before(self, candidates[a], score[a], candidates[b], score[b]);
            for (int i = 0; i < out.length; i++) {
                if (out[i]) {
                    gatherer.add(i, score[i], topicsOf[candidates[i]], order);
                }
            }
            RelatedScores.LeftOut gathered = gatherer.leftOut();
            int[] named = gathered.top().clone();
            for (int c = 0; c < named.length; c++) {
                named[c] = candidates[named[c]];
            }
            Arrays.sort(named);
            return new RelatedScores.LeftOut(gathered.bound(), named);
        }

        private boolean before(int self, int a, double scoreA, int b, double scoreB) {
            Article article = articles.get(self);
            long day = day(article);
            return RelatedScores.before(scoreA, scoreB, foreign(article, a), foreign(article, b),
                    RelatedScores.distance(day, day(articles.get(a))), RelatedScores.distance(day, day(articles.get(b))),
                    pathRank[a], pathRank[b]);
        }

        private static void swap(int[] values, int i, int j) {
            int value = values[i];
            values[i] = values[j];
            values[j] = value;
        }

        private static void swap(double[] values, int i, int j) {
            double value = values[i];
            values[i] = values[j];
            values[j] = value;
        }

        /** The score of {@code other} for {@code self}, added up in the order the full scoring adds it. */
        private double score(int self, int other) {
            double score = 0;
            for (String topic : topicsOf[self]) {
                if (Arrays.binarySearch(topicsOf[other], topic) >= 0) {
                    score += RelatedScores.weight(sizes.get(topic));
                }
            }
            return score;
        }

        private static boolean sameWork(Article a, Article b) {
            return a.translationKey() != null && a.translationKey().equals(b.translationKey());
        }

        /**
         * Whether the added article {@code other}, in another language than {@code self}'s, is passed over for
         * its translation in {@code self}'s language, an added article too, that shares a topic with it.
         */
        private boolean passedOver(int self, int other) {
            Article article = articles.get(self);
            Article candidate = articles.get(other);
            if (candidate.lang().equals(article.lang()) || candidate.translationKey() == null) {
                return false;
            }
            for (int version : added) {
                if (sameWork(candidate, articles.get(version)) && articles.get(version).lang().equals(article.lang())
                        && score(self, version) > 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean foreign(Article article, int other) {
            return !articles.get(other).lang().equals(article.lang());
        }

        private static long day(Article article) {
            return article.date() == null ? Long.MIN_VALUE : article.date().toEpochDay();
        }
    }

    /**
     * The format, the limit, each article's address, inputs, list and the bound of its list, then each
     * topic's digest by name.
     */
    private byte[] encode() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(FORMAT);
            out.writeInt(LIMIT);
            out.writeInt(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                out.writeUTF(paths[i]);
                out.write(inputs[i]);
                out.writeByte(made[i].list().length);
                for (int other : made[i].list()) {
                    out.writeInt(other);
                }
                RelatedScores.LeftOut leftOut = made[i].leftOut();
                out.writeDouble(leftOut.bound());
                out.writeByte(leftOut.top().length);
                for (int other : leftOut.top()) {
                    out.writeInt(other);
                }
            }
            Map<String, byte[]> sorted = new TreeMap<>(topics);
            out.writeInt(sorted.size());
            for (Map.Entry<String, byte[]> topic : sorted.entrySet()) {
                out.writeUTF(topic.getKey());
                out.write(topic.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
