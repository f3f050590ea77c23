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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Up to {@link #LIMIT} articles related to an article, found through the topic index: each article
 * sharing a topic scores the sum, over shared topics, of one over the number of articles with that
 * topic, so a rare shared topic counts for more than a common one. Higher scores first; among equal
 * scores the page's language first, then the closer in date, then by path. Of an article and its translations only
 * one is listed: the page's language when it is among them. The article's own translations are left
 * out: the page links them already. Scored by {@link RelatedScores}, built once per render.
 *
 * <p>An article's list depends only on its own language, translation key, date, topics and address (its
 * inputs) and on the inputs of the articles of each of its topics: every candidate shares a topic, and a
 * topic's weight is its number of articles. The build cache keeps the last render's lists in one entry that
 * each render writes over, with each article's inputs and a digest of each topic's articles. A render takes
 * an article's list from there when its inputs and each of its topics are as they were, and scores the
 * others: after a new article, only the articles sharing a topic with it. When every list is taken, the
 * topic index is not even built.
 */
final class RelatedArticles {

    static final int LIMIT = 5;

    private static final int FORMAT = 3;
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
    /** Per ordinal: the related articles' ordinals as the last render made them, or null to score. */
    private final int[][] known;
    /** Scores the articles whose lists are not known; null when all are. */
    private final RelatedScores scores;
    /** Per ordinal: the list this render has, to be stored. */
    private final int[][] made;
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
            topicsOf[i] = new TreeSet<>(article.topics()).toArray(String[]::new);
            inputs[i] = inputsOf(article, paths[i], topicsOf[i]);
        }
        Integer[] byPath = new Integer[n];
        for (int i = 0; i < n; i++) {
            byPath[i] = i;
        }
        Arrays.sort(byPath, Comparator.comparing(i -> paths[i]));
        topics = topicDigests(byPath, topicsOf, inputs);
        Map<String, Integer> ordinals = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ordinals.put(paths[i], i);
        }
        // two articles at one address, which loading reports: nothing is taken by address
        Last last = ordinals.size() < n ? null : store.data(ENTRY).map(Last::decode).orElse(null);
        known = new int[n][];
        made = new int[n][];
        boolean all = last != null;
        for (int i = 0; i < n && last != null; i++) {
            known[i] = last.listOf(articles.get(i), paths[i], inputs[i], topics, ordinals);
            all &= known[i] != null;
        }
        scores = all ? null : new RelatedScores(articles, topicsOf, ranks(byPath));
        stored = all && last.holds(paths, inputs);
    }

    List<Article> of(Article article) {
        int self = site.ordinal(article);
        int[] ordinals = known[self] != null ? known[self] : scores.of(self);
        made[self] = ordinals;
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
        for (int[] list : made) {
            if (list == null) {
                return;
            }
        }
        store.putData(ENTRY, encode());
    }

    private static final int DIGEST = 16;

    /** Per ordinal, its place in {@code order}. */
    private static int[] ranks(Integer[] order) {
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

    /** Per topic, the digest of the inputs of its articles, taken in order of address ({@code byPath}). */
    private static Map<String, byte[]> topicDigests(Integer[] byPath, String[][] topicsOf, byte[][] inputs) {
        Map<String, KeyHash> keys = new HashMap<>();
        for (int i : byPath) {
            for (String topic : topicsOf[i]) {
                keys.computeIfAbsent(topic, t -> new KeyHash()).bytes(inputs[i]);
            }
        }
        Map<String, byte[]> digests = new HashMap<>();
        keys.forEach((topic, key) -> digests.put(topic, key.digest()));
        return digests;
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
    private record Last(String[] paths, byte[][] inputs, int[][] lists, Map<String, byte[]> topics,
                        Map<String, Integer> indexes) {

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
                return in.read() == -1 ? new Last(paths, inputs, lists, topics, indexes) : null;
            } catch (IOException e) {
                return null;
            }
        }

        /**
         * The list of {@code article} in this render's ordinals, when the last render made it from the same
         * inputs: the article's own and those of each of its topics; null when it is to be scored.
         */
        int[] listOf(Article article, String path, byte[] input, Map<String, byte[]> now,
                     Map<String, Integer> ordinals) {
            Integer at = indexes.get(path);
            if (at == null || !Arrays.equals(inputs[at], input)) {
                return null;
            }
            for (String topic : article.topics()) {
                byte[] was = topics.get(topic);
                if (was == null || !Arrays.equals(was, now.get(topic))) {
                    return null;
                }
            }
            int[] list = new int[lists[at].length];
            for (int j = 0; j < list.length; j++) {
                Integer other = ordinals.get(paths[lists[at][j]]);
                if (other == null) {
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

    /** The format, the limit, each article's address, inputs and list, then each topic's digest by name. */
    private byte[] encode() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(FORMAT);
            out.writeInt(LIMIT);
            out.writeInt(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                out.writeUTF(paths[i]);
                out.write(inputs[i]);
                out.writeByte(made[i].length);
                for (int other : made[i]) {
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
