package org.dozaban.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Terms to postings: for each term, the documents that have it (by their position in the document
 * list, oldest article first) and a score per document, the sum of the weights of the
 * fields it occurs in, each occurrence counted up to {@link #MAX_OCCURRENCES} times per field.
 */
public final class SearchIndex {

    /** Repeating a word beyond this many times in one field does not raise the score further. */
    static final int MAX_OCCURRENCES = 10;

    /** Per term, pairs of document number and score, packed in a growing array. */
    private final Map<String, Postings> postings = new HashMap<>();
    private final List<SearchDocument> shown = new ArrayList<>();

    /** A term's postings: {@code size / 2} pairs of document number and score, by document number. */
    static final class Postings {
        private int[] pairs = new int[2];
        private int size;

        void add(int document, int score) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = document;
            pairs[size++] = score;
        }

        int count() {
            return size / 2;
        }

        int document(int i) {
            return pairs[2 * i];
        }

        int score(int i) {
            return pairs[2 * i + 1];
        }
    }

    /** An empty index; documents are numbered in the order they are added. */
    public SearchIndex() {
    }

    /** Indexes {@code documents}; document {@code i} gets number {@code i}. */
    public static SearchIndex build(List<SearchDocument> documents) {
        SearchIndex index = new SearchIndex();
        documents.forEach(index::add);
        return index;
    }

    /**
     * Adds the next document. Only what results show of it is kept, not its searched text, so an archive
     * can be indexed a part at a time.
     *
     * @return the document's number
     */
    public int add(SearchDocument document) {
        return add(document.withoutFields(), scores(document));
    }

    /**
     * Adds the next document, as results show it, with the scores of its terms, as {@link #scores} gives
     * them: so that the scores of an unchanged document can be kept from one build to the next.
     *
     * @return the document's number
     */
    public int add(SearchDocument shownDocument, Map<String, Integer> termScores) {
        int id = next(shownDocument);
        termScores.forEach((term, score) -> post(term, id, score));
        return id;
    }

    /**
     * Adds the next document, as {@link IndexedDocument#readTerms} reads it from the build cache.
     *
     * @return the document's number
     */
    public int add(IndexedDocument.Terms document) {
        int id = next(document.shown());
        String[] terms = document.terms();
        int[] scores = document.scores();
        for (int i = 0; i < terms.length; i++) {
            post(terms[i], id, scores[i]);
        }
        return id;
    }

    /** Takes {@code document} as the next one; returns its number. */
    private int next(SearchDocument document) {
        shown.add(document);
        return shown.size() - 1;
    }

    /** Adds document {@code id} to the postings of {@code term}. */
    private void post(String term, int id, int score) {
        postings.computeIfAbsent(term, k -> new Postings()).add(id, score);
    }

    /** The documents as results show them, by number, without their searched text. */
    public List<SearchDocument> documents() {
        return List.copyOf(shown);
    }

    /** Each term of the document with its score. */
    public static Map<String, Integer> scores(SearchDocument document) {
        Map<String, Integer> scores = new HashMap<>();
        for (SearchDocument.Field field : document.fields()) {
            Map<String, Integer> counts = new HashMap<>();
            for (String term : SearchText.indexTerms(field.text())) {
                counts.merge(term, 1, Integer::sum);
            }
            counts.forEach((term, count) ->
                    scores.merge(term, Math.min(count, MAX_OCCURRENCES) * field.weight(), Integer::sum));
        }
        return scores;
    }

    /** Every term, sorted, with its postings as pairs of document number and score, by document number. */
    public SortedMap<String, List<int[]>> postings() {
        SortedMap<String, List<int[]>> all = new TreeMap<>();
        postings.forEach((term, p) -> {
            List<int[]> list = new ArrayList<>();
            for (int i = 0; i < p.count(); i++) {
                list.add(new int[] {p.document(i), p.score(i)});
            }
            all.put(term, list);
        });
        return all;
    }

    /** Every term, sorted, with its postings. */
    SortedMap<String, Postings> packedPostings() {
        return new TreeMap<>(postings);
    }

}
