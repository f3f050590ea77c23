package org.dozaban.search;

import org.dozaban.work.ByteReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An index written and read back, as a build takes up the last build's index and adds to it. */
class SearchIndexStoreTest {

    @Test
    void anIndexReadBackAndAddedToEqualsOneMadeAtOnce() throws IOException {
        Random random = new Random(5);
        for (int round = 0; round < 40; round++) {
            Documents documents = Documents.random(random, 1 + random.nextInt(30));
            int split = random.nextInt(documents.size() + 1);
            SearchIndex taken = readBack(documents.index(split));
            for (int i = split; i < documents.size(); i++) {
                assertEquals(i, taken.add(documents.shown().get(i), documents.scores().get(i)));
            }
            assertSameIndex(documents.index(documents.size()), taken);
        }
    }

    /**
     * Asserts that {@code taken} has the documents and postings of {@code whole}, and the lengths its terms'
     * postings take in a file, which the shards are planned by.
     */
    private static void assertSameIndex(SearchIndex whole, SearchIndex taken) {
        assertEquals(whole.documents(), taken.documents());
        assertEquals(flat(whole.postings()), flat(taken.postings()));
        SortedMap<String, Integer> lengths = new TreeMap<>();
        whole.packedPostings().forEach((term, p) -> lengths.put(term, SearchFiles.postings(p).length()));
        SortedMap<String, Integer> takenLengths = new TreeMap<>();
        taken.packedPostings().forEach((term, p) -> takenLengths.put(term, SearchFiles.postingsLength(p)));
        assertEquals(lengths, takenLengths);
    }

    /**
     * A document replaced in an index read back gives the index made at once with the new document in its
     * place: its old terms gone, its new ones posted in order among the others', the other documents as
     * they were.
     */
    @Test
    void aDocumentReplacedInPlaceGivesTheIndexMadeWithItThere() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 60; round++) {
            Documents documents = Documents.random(random, 1 + random.nextInt(20));
            SearchIndex replaced = readBack(documents.index(documents.size()));
            // one to three documents replaced, one of them maybe twice
            for (int times = 1 + random.nextInt(3); times > 0; times--) {
                int number = random.nextInt(documents.size());
                SearchDocument edited = document(random, 100 + round);
                Map<String, Integer> editedScores = scores(random);
                replaced.replace(number, terms(documents.shown().get(number), documents.scores().get(number)),
                        terms(edited, editedScores));
                documents.shown().set(number, edited);
                documents.scores().set(number, editedScores);
            }
            assertSameIndex(documents.index(documents.size()), replaced);
        }
    }

    @Test
    void aDocumentTheIndexDoesNotHaveIsNotReplaced() {
        SearchIndex index = new SearchIndex();
        index.add(document(new Random(1), 0), Map.of("river", 3));
        IndexedDocument.Terms terms = terms(document(new Random(2), 1), Map.of("city", 2));
        assertThrows(IllegalArgumentException.class, () -> index.replace(1, terms, terms));
    }

    private static IndexedDocument.Terms terms(SearchDocument document, Map<String, Integer> scores) {
        String[] terms = scores.keySet().toArray(String[]::new);
        int[] values = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            values[i] = scores.get(terms[i]);
        }
        return new IndexedDocument.Terms(document.withoutFields(), terms, values);
    }

    @Test
    void postingsNamingADocumentTheIndexDoesNotHaveAreRefused() throws IOException {
        SearchIndex index = new SearchIndex();
        index.add(document(new Random(1), 0), Map.of("river", 3));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        index.write(new DataOutputStream(bytes));
        assertEquals(1, readBack(index).documents().size());
        // the same postings with no document: they name document 0, which is then not there
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(none);
        out.writeInt(0);
        out.writeInt(1);
        ByteReader.writeString(out, "river");
        for (int field : new int[] {1, 0, 2, 2}) {
            // count, last document, packed size, digits
            out.writeInt(field);
        }
        out.write(new byte[] {0, 3});
        assertThrows(IOException.class, () -> SearchIndex.read(new ByteReader(none.toByteArray())));
    }

    @Test
    void anIndexCutShortIsRefused() throws IOException {
        SearchIndex index = new SearchIndex();
        index.add(document(new Random(1), 0), Map.of("river", 3));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        index.write(new DataOutputStream(bytes));
        byte[] written = bytes.toByteArray();
        for (int length = 0; length < written.length; length++) {
            byte[] cut = Arrays.copyOf(written, length);
            assertThrows(IndexOutOfBoundsException.class, () -> SearchIndex.read(new ByteReader(cut)));
        }
    }

    private static SearchIndex readBack(SearchIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        index.write(new DataOutputStream(bytes));
        return SearchIndex.read(new ByteReader(bytes.toByteArray()));
    }

    /** Random documents, each with random scores, by number. */
    private record Documents(List<SearchDocument> shown, List<Map<String, Integer>> scores) {

        static Documents random(Random random, int count) {
            Documents documents = new Documents(new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < count; i++) {
                documents.shown().add(document(random, i));
                documents.scores().add(SearchIndexStoreTest.scores(random));
            }
            return documents;
        }

        int size() {
            return shown.size();
        }

        /** The index of the first {@code count} documents, added in order. */
        SearchIndex index(int count) {
            SearchIndex index = new SearchIndex();
            for (int i = 0; i < count; i++) {
                index.add(shown.get(i), scores.get(i));
            }
            return index;
        }
    }

    private static SearchDocument document(Random random, int n) {
        List<String> dates = random.nextBoolean() ? List.of() : List.of("۱۴ خرداد ۱۳۹۳", "4 June 2014");
        return new SearchDocument("en/article-" + n + "/", random.nextBoolean() ? "fa" : "en", "عنوان " + n,
                dates.isEmpty() ? "" : "2014-06-04", dates, "", List.of());
    }

    private static Map<String, Integer> scores(Random random) {
        String[] terms = {"river", "city", "شهر", "رود", "a", "bridge", "پل", "night"};
        Map<String, Integer> scores = new TreeMap<>();
        for (String term : terms) {
            if (random.nextInt(3) == 0) {
                scores.put(term, random.nextInt(5) == 0 ? 1_000_000 + random.nextInt(1000) : 1 + random.nextInt(40));
            }
        }
        return scores;
    }

    private static SortedMap<String, List<String>> flat(SortedMap<String, List<int[]>> postings) {
        SortedMap<String, List<String>> flat = new TreeMap<>();
        postings.forEach((term, pairs) -> flat.put(term, pairs.stream().map(Arrays::toString).toList()));
        return flat;
    }
}
