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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Up to {@link #LIMIT} articles related to an article, found through the topic index: each article
 * sharing a topic scores the sum, over shared topics, of one over the number of articles with that
 * topic, so a rare shared topic counts for more than a common one. Higher scores first; among equal
 * scores the page's language first, then the closer in date, then by path. Of an article and its translations only
 * one is listed: the page's language when it is among them. The article's own translations are left
 * out: the page links them already. Scored by {@link RelatedScores}, built once per render.
 *
 * <p>The lists depend only on each article's language, translation key, date, topics and address, in the
 * order of the site. The build cache keeps the last render's lists, with a key of those inputs, in one entry
 * that each render that scores writes over; a render with the same inputs reads them back and scores no
 * article. After an edit that changes none of them, the topic index is not even built.
 */
final class RelatedArticles {

    static final int LIMIT = 5;

    private static final int FORMAT = 2;
    /** The store entry of the lists: one, written over, so that the cache holds only the last lists. */
    private static final String ENTRY = KeyHash.of("related articles");

    private final List<Article> articles;
    private final Site site;
    private final BodyStore store;
    /** The key of what the lists are made from. */
    private final String key;
    /** Per ordinal: the related articles' ordinals, as a render with the same inputs stored them; or null. */
    private final int[][] known;
    /** Scores the articles when the lists are not known; null when they are. */
    private final RelatedScores scores;
    /** Per ordinal: the lists this render made, to be stored; null when they were known. */
    private final int[][] made;

    /** Related articles scored afresh, stored nowhere. */
    RelatedArticles(Site site) {
        this(site, BodyStore.NONE);
    }

    /** Related articles as {@code store} holds them for these inputs, else scored and kept there. */
    RelatedArticles(Site site, BodyStore store) {
        this.site = site;
        this.store = store;
        this.articles = site.articles();
        int n = articles.size();
        key = inputsKey(articles);
        known = store.data(ENTRY).map(bytes -> decode(bytes, key, n)).orElse(null);
        scores = known == null ? new RelatedScores(articles) : null;
        made = known == null ? new int[n][] : null;
    }

    List<Article> of(Article article) {
        int self = site.ordinal(article);
        int[] ordinals;
        if (known != null) {
            ordinals = known[self];
        } else {
            ordinals = scores.of(self);
            made[self] = ordinals;
        }
        List<Article> related = new ArrayList<>(ordinals.length);
        for (int other : ordinals) {
            related.add(articles.get(other));
        }
        return related;
    }

    /**
     * Stores the lists of this render for the next one with the same inputs, when it made the list of every
     * article; call once every page that shows them is prepared.
     */
    void keep() {
        if (made == null) {
            return;
        }
        for (int[] list : made) {
            if (list == null) {
                return;
            }
        }
        store.putData(ENTRY, encode(key, made));
    }

    /** What one article brings to the lists. */
    private record Input(String translationKey, String lang, LocalDate date, List<String> topics, String path) {
    }

    private static String inputsKey(List<Article> articles) {
        List<Input> inputs = new ArrayList<>(articles.size());
        for (Article a : articles) {
            inputs.add(new Input(a.translationKey(), a.lang(), a.date(), List.copyOf(new TreeSet<>(a.topics())),
                    a.urlPath()));
        }
        return ViewKey.of("related articles", LIMIT, inputs);
    }

    /** The lists as {@link #encode} wrote them for inputs of {@code key}, or null when they are not that. */
    private static int[][] decode(byte[] bytes, String key, int n) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(key) || in.readInt() != n) {
                return null;
            }
            int[][] lists = new int[n][];
            for (int i = 0; i < n; i++) {
                int count = in.readUnsignedByte();
                if (count > LIMIT) {
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
            return in.read() == -1 ? lists : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] encode(String key, int[][] lists) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeInt(lists.length);
            for (int[] list : lists) {
                out.writeByte(list.length);
                for (int other : list) {
                    out.writeInt(other);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
