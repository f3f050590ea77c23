package org.dozaban.search;

import java.util.ArrayList;
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

    private final SortedMap<String, List<int[]>> postings = new TreeMap<>();
    private final List<SearchDocument> shown = new ArrayList<>();

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
        int id = shown.size();
        shown.add(document.withoutFields());
        for (Map.Entry<String, Integer> scored : new TreeMap<>(scores(document)).entrySet()) {
            postings.computeIfAbsent(scored.getKey(), k -> new ArrayList<>()).add(new int[] {id, scored.getValue()});
        }
        return id;
    }

    /** The documents as results show them, by number, without their searched text. */
    public List<SearchDocument> documents() {
        return List.copyOf(shown);
    }

    private static Map<String, Integer> scores(SearchDocument document) {
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
        return postings;
    }

}
