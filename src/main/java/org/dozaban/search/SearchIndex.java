package org.dozaban.search;

import org.dozaban.text.KeyHash;
import org.dozaban.work.ByteReader;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * A term's postings: pairs of document number and score, by document number, each kept as the
     * difference from the document before (the first from 0) and the score, both as variable-length
     * numbers, seven bits a byte. Most pairs take two or three bytes rather than eight: at 100,000
     * articles the postings are tens of millions of pairs, the largest part of a build's heap.
     */
    static final class Postings {
        private byte[] bytes = new byte[4];
        private int size;
        private int count;
        private int last;
        /** The decimal digits of every gap and score: what the pairs' numbers take in an index file. */
        private int digits;

        /** Adds a pair; {@code document} is not before any document added before, {@code score} at least 0. */
        void add(int document, int score) {
            if (document < last || score < 0) {
                throw new IllegalArgumentException("document " + document + " after " + last + ", score " + score);
            }
            write(document - last);
            write(score);
            digits += SearchFiles.digits(document - last) + SearchFiles.digits(score);
            last = document;
            count++;
        }

        private void write(int value) {
            if (bytes.length - size < 5) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 5));
            }
            while ((value & ~0x7f) != 0) {
                bytes[size++] = (byte) (value & 0x7f | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        int count() {
            return count;
        }

        /** The decimal digits of the pairs' gaps and scores, all together. */
        int digits() {
            return digits;
        }

        /** Adds the pairs, as they are packed, to {@code key}: equal pairs, equal bytes. */
        void addTo(KeyHash key) {
            key.number(count).number(size).bytes(bytes, 0, size);
        }

        /** Reads the pairs, in order. */
        Cursor cursor() {
            return new Cursor();
        }

        /** The pairs one after the other: {@link #next} moves to the next, the others read it. */
        final class Cursor {
            private int at;
            private int document;
            private int gap;
            private int score;

            /** Moves to the next pair; false after the last. */
            boolean next() {
                if (at >= size) {
                    return false;
                }
                gap = read();
                document += gap;
                score = read();
                return true;
            }

            /** The document's number. */
            int document() {
                return document;
            }

            /** The document's number less that of the document before, or the number itself for the first. */
            int gap() {
                return gap;
            }

            int score() {
                return score;
            }

            private int read() {
                int value = 0;
                for (int shift = 0; ; shift += 7) {
                    byte b = bytes[at++];
                    value |= (b & 0x7f) << shift;
                    if (b >= 0) {
                        return value;
                    }
                }
            }
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

    /**
     * Puts {@code now} in the place of document {@code number}, which was added as {@code before}: the index
     * is then as it would be had {@code now} been added in its place, as when an article is edited and keeps
     * its place among the others. Only the postings of the two documents' terms are made again.
     *
     * @throws IllegalArgumentException when the index has no document {@code number}
     */
    public void replace(int number, IndexedDocument.Terms before, IndexedDocument.Terms now) {
        if (number < 0 || number >= shown.size()) {
            throw new IllegalArgumentException("no document " + number + " of " + shown.size());
        }
        shown.set(number, now.shown());
        Map<String, Integer> scores = new HashMap<>();
        for (int i = 0; i < now.terms().length; i++) {
            scores.put(now.terms()[i], now.scores()[i]);
        }
        Set<String> terms = new HashSet<>(Arrays.asList(before.terms()));
        terms.addAll(scores.keySet());
        for (String term : terms) {
            Postings made = new Postings();
            Integer score = scores.get(term);
            Postings old = postings.get(term);
            if (old != null) {
                Postings.Cursor pair = old.cursor();
                while (pair.next()) {
                    if (score != null && pair.document() > number) {
                        made.add(number, score);
                        score = null;
                    }
                    if (pair.document() != number) {
                        made.add(pair.document(), pair.score());
                    }
                }
            }
            if (score != null) {
                made.add(number, score);
            }
            if (made.count() == 0) {
                postings.remove(term);
            } else {
                postings.put(term, made);
            }
        }
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
            // a count for each word, changed in place; then each distinct word made a term once
            Map<String, int[]> words = new HashMap<>();
            SearchText.eachIndexWord(field.text(), word -> words.computeIfAbsent(word, w -> new int[1])[0]++);
            Map<String, int[]> counts = new HashMap<>();
            words.forEach((word, count) -> {
                String term = SearchText.term(word);
                if (term != null) {
                    counts.computeIfAbsent(term, t -> new int[1])[0] += count[0];
                }
            });
            counts.forEach((term, count) ->
                    scores.merge(term, Math.min(count[0], MAX_OCCURRENCES) * field.weight(), Integer::sum));
        }
        return scores;
    }

    /** Every term, sorted, with its postings as pairs of document number and score, by document number. */
    public SortedMap<String, List<int[]>> postings() {
        SortedMap<String, List<int[]>> all = new TreeMap<>();
        postings.forEach((term, p) -> {
            List<int[]> list = new ArrayList<>(p.count());
            Postings.Cursor pair = p.cursor();
            while (pair.next()) {
                list.add(new int[] {pair.document(), pair.score()});
            }
            all.put(term, list);
        });
        return all;
    }

    /**
     * Writes the index as {@link #read} reads it: the documents as results show them, then every term with
     * its postings as they are packed. For a later build to take up and add documents to.
     */
    public void write(DataOutput out) throws IOException {
        out.writeInt(shown.size());
        for (SearchDocument document : shown) {
            ByteReader.writeString(out, document.path());
            ByteReader.writeString(out, document.lang());
            ByteReader.writeString(out, document.title());
            ByteReader.writeString(out, document.isoDate());
            out.writeInt(document.dates().size());
            for (String date : document.dates()) {
                ByteReader.writeString(out, date);
            }
        }
        out.writeInt(postings.size());
        for (Map.Entry<String, Postings> entry : postings.entrySet()) {
            Postings p = entry.getValue();
            ByteReader.writeString(out, entry.getKey());
            out.writeInt(p.count);
            out.writeInt(p.last);
            out.writeInt(p.size);
            out.writeInt(p.digits);
            out.write(p.bytes, 0, p.size);
        }
    }

    /**
     * The index {@link #write} wrote, read from {@code in}.
     *
     * @throws IOException when the postings name a document the index does not have
     * @throws IndexOutOfBoundsException when the bytes end too soon
     */
    public static SearchIndex read(ByteReader in) throws IOException {
        SearchIndex index = new SearchIndex();
        int documents = in.readInt();
        for (int i = 0; i < documents; i++) {
            String path = in.readString();
            String lang = in.readString();
            String title = in.readString();
            String isoDate = in.readString();
            List<String> dates = new ArrayList<>();
            for (int d = in.readInt(); d > 0; d--) {
                dates.add(in.readString());
            }
            index.shown.add(new SearchDocument(path, lang, title, isoDate, dates, "", List.of()));
        }
        int terms = in.readInt();
        for (int i = 0; i < terms; i++) {
            String term = in.readString();
            Postings p = new Postings();
            p.count = in.readInt();
            p.last = in.readInt();
            p.size = in.readInt();
            p.digits = in.readInt();
            if (p.count < 0 || p.last < 0 || p.last >= documents || p.size < 0 || p.digits < 0) {
                throw new IOException("not an index: postings of " + term);
            }
            p.bytes = new byte[p.size + 5];
            in.readBytes(p.bytes, 0, p.size);
            index.postings.put(term, p);
        }
        return index;
    }

    /** Every term, sorted, with its postings. */
    SortedMap<String, Postings> packedPostings() {
        return new TreeMap<>(postings);
    }

    /**
     * Every term with postings of documents numbered before {@code from}, sorted, with those postings; the
     * postings of the documents from {@code from} on go into {@code later}, each term's numbered as they are
     * (the first pair's gap from 0). A term's postings that are all before {@code from} are taken as they are.
     */
    SortedMap<String, Postings> packedPostings(int from, SortedMap<String, Postings> later) {
        SortedMap<String, Postings> before = new TreeMap<>();
        postings.forEach((term, all) -> {
            if (all.last < from) {
                before.put(term, all);
                return;
            }
            // the pairs before from are the first bytes, as they are: only the others are packed again
            Postings after = new Postings();
            Postings.Cursor pair = all.cursor();
            int end = 0;
            int count = 0;
            int lastBefore = 0;
            while (pair.next() && pair.document() < from) {
                end = pair.at;
                count++;
                lastBefore = pair.document();
            }
            // the cursor is at the first pair from from on, which there is: all.last is one
            int digits = all.digits;
            int previous = lastBefore;
            do {
                digits -= SearchFiles.digits(pair.document() - previous) + SearchFiles.digits(pair.score());
                previous = pair.document();
                after.add(pair.document(), pair.score());
            } while (pair.next());
            if (count > 0) {
                Postings earlier = new Postings();
                earlier.bytes = Arrays.copyOf(all.bytes, end + 5);
                earlier.size = end;
                earlier.count = count;
                earlier.last = lastBefore;
                earlier.digits = digits;
                before.put(term, earlier);
            }
            later.put(term, after);
        });
        return before;
    }

}
