package org.dozaban.search;

import org.dozaban.work.ByteReader;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.TreeMap;

/**
 * What the index takes of one document: the document as results show it, the score of each of its
 * terms, and its text for snippets. Kept in the build cache as bytes, so that an unchanged article is not
 * read and split into terms again.
 *
 * @param shown       the document without its searched text
 * @param scores      each term with its score, in the order of the terms
 * @param encodedText the document's text as its snippet file holds it ({@link SnippetText#encoded})
 */
public record IndexedDocument(SearchDocument shown, Map<String, Integer> scores, String encodedText) {

    private static final int FORMAT = 3;

    public IndexedDocument {
        scores = Collections.unmodifiableMap(inTermOrder(scores));
    }

    /** A copy of {@code scores} in the order of the terms; read back from the cache, they are in it already. */
    private static Map<String, Integer> inTermOrder(Map<String, Integer> scores) {
        String previous = null;
        for (String term : scores.keySet()) {
            if (previous != null && previous.compareTo(term) >= 0) {
                return new LinkedHashMap<>(new TreeMap<>(scores));
            }
            previous = term;
        }
        return new LinkedHashMap<>(scores);
    }

    /** The document as the index takes it. */
    public static IndexedDocument of(SearchDocument document) {
        return new IndexedDocument(document.withoutFields(), new TreeMap<>(SearchIndex.scores(document)),
                SnippetText.encoded(document.text()));
    }

    /** The bytes {@link #read} reads back. */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(FORMAT);
            ByteReader.writeString(out, shown.path());
            ByteReader.writeString(out, shown.lang());
            ByteReader.writeString(out, shown.title());
            ByteReader.writeString(out, shown.isoDate());
            out.writeInt(shown.dates().size());
            for (String date : shown.dates()) {
                ByteReader.writeString(out, date);
            }
            // Base64 text
            byte[] text = encodedText.getBytes(StandardCharsets.US_ASCII);
            out.writeInt(text.length);
            out.write(text);
            out.writeInt(scores.size());
            for (Map.Entry<String, Integer> entry : scores.entrySet()) {
                ByteReader.writeString(out, entry.getKey());
                out.writeInt(entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /**
     * What the index takes of a document: the document as results show it, and its terms with their scores,
     * in the order of the terms.
     */
    public record Terms(SearchDocument shown, String[] terms, int[] scores) {
    }

    /** This document's terms, as {@link #readTerms} reads them back. */
    public Terms terms() {
        String[] terms = new String[scores.size()];
        int[] values = new int[scores.size()];
        int i = 0;
        for (Map.Entry<String, Integer> entry : scores.entrySet()) {
            terms[i] = entry.getKey();
            values[i++] = entry.getValue();
        }
        return new Terms(shown, terms, values);
    }

    /** The document {@link #bytes} wrote, or empty for bytes of another format or cut short. */
    public static Optional<IndexedDocument> read(byte[] bytes) {
        return parse(bytes, true, true).map(parsed -> {
            Map<String, Integer> scores = new LinkedHashMap<>(parsed.terms().terms().length * 4 / 3 + 1);
            for (int i = 0; i < parsed.terms().terms().length; i++) {
                scores.put(parsed.terms().terms()[i], parsed.terms().scores()[i]);
            }
            return new IndexedDocument(parsed.terms().shown(), scores, parsed.text());
        });
    }

    /**
     * What the index takes of the document {@link #bytes} wrote, without reading its text; empty whenever
     * {@link #read} is.
     */
    public static Optional<Terms> readTerms(byte[] bytes) {
        return parse(bytes, false, true).map(Parsed::terms);
    }

    /**
     * The document's text as its snippet file holds it, from what {@link #bytes} wrote, without reading its
     * terms; empty whenever {@link #read} is, but for terms out of order, which it does not look at.
     */
    public static Optional<String> readText(byte[] bytes) {
        return parse(bytes, true, false).map(Parsed::text);
    }

    /** A document as read: its terms, when asked for, and its text when asked for. */
    private record Parsed(Terms terms, String text) {
    }

    private static Optional<Parsed> parse(byte[] bytes, boolean withText, boolean withTerms) {
        try {
            ByteReader in = new ByteReader(bytes);
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            String path = in.readString();
            String lang = in.readString();
            String title = in.readString();
            String isoDate = in.readString();
            int dateCount = in.readInt();
            if (dateCount < 0 || dateCount > in.remaining()) {
                return Optional.empty();
            }
            List<String> dates = new ArrayList<>(dateCount);
            for (int i = 0; i < dateCount; i++) {
                dates.add(in.readString());
            }
            int textLength = in.readInt();
            String text = null;
            if (withText) {
                text = in.readAscii(textLength);
            } else {
                in.skip(textLength);
            }
            int count = in.readInt();
            if (count < 0 || count > in.remaining()) {
                return Optional.empty();
            }
            if (!withTerms) {
                for (int i = 0; i < count; i++) {
                    in.skip(in.readInt());
                    in.readInt();
                }
                return in.remaining() == 0 ? Optional.of(new Parsed(null, text)) : Optional.empty();
            }
            String[] terms = new String[count];
            int[] scores = new int[count];
            for (int i = 0; i < count; i++) {
                terms[i] = in.readString();
                scores[i] = in.readInt();
                if (i > 0 && terms[i - 1].compareTo(terms[i]) >= 0) {
                    // not written by bytes(), whose terms are in order and each once
                    return Optional.empty();
                }
            }
            if (in.remaining() != 0) {
                return Optional.empty();
            }
            SearchDocument shown = new SearchDocument(path, lang, title, isoDate, dates, "", List.of());
            return Optional.of(new Parsed(new Terms(shown, terms, scores), text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
