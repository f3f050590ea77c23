package org.dozaban.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Terms to postings: for each term, the documents that have it (by their position in the document
 * list, so lower numbers are newer articles) and a score per document, the sum of the weights of the
 * fields it occurs in, each occurrence counted up to {@link #MAX_OCCURRENCES} times per field.
 */
public final class SearchIndex {

    /** Repeating a word beyond this many times in one field does not raise the score further. */
    static final int MAX_OCCURRENCES = 10;

    private final SortedMap<String, List<int[]>> postings;

    private SearchIndex(SortedMap<String, List<int[]>> postings) {
        this.postings = postings;
    }

    /** Indexes {@code documents}; document {@code i} gets number {@code i}. */
    public static SearchIndex build(List<SearchDocument> documents) {
        SortedMap<String, List<int[]>> postings = new TreeMap<>();
        for (int id = 0; id < documents.size(); id++) {
            for (Map.Entry<String, Integer> scored : scores(documents.get(id)).entrySet()) {
                postings.computeIfAbsent(scored.getKey(), k -> new ArrayList<>()).add(new int[] {id, scored.getValue()});
            }
        }
        return new SearchIndex(postings);
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

    /** The documents having {@code term}, by number; empty when none has it. */
    public List<Integer> documents(String term) {
        return postings.getOrDefault(term, List.of()).stream().map(p -> p[0]).toList();
    }
}
