package org.dozaban.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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

    private static final int FORMAT = 2;

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
            out.writeUTF(shown.path());
            out.writeUTF(shown.lang());
            out.writeUTF(shown.title());
            out.writeUTF(shown.isoDate());
            out.writeInt(shown.dates().size());
            for (String date : shown.dates()) {
                out.writeUTF(date);
            }
            // Base64 text, which may be longer than writeUTF takes
            byte[] text = encodedText.getBytes(StandardCharsets.US_ASCII);
            out.writeInt(text.length);
            out.write(text);
            out.writeInt(scores.size());
            for (Map.Entry<String, Integer> entry : scores.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** The document {@link #bytes} wrote, or empty for bytes of another format or cut short. */
    public static Optional<IndexedDocument> read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            String path = in.readUTF();
            String lang = in.readUTF();
            String title = in.readUTF();
            String isoDate = in.readUTF();
            int dateCount = in.readInt();
            List<String> dates = new ArrayList<>(dateCount);
            for (int i = 0; i < dateCount; i++) {
                dates.add(in.readUTF());
            }
            int textLength = in.readInt();
            if (textLength < 0 || textLength > in.available()) {
                return Optional.empty();
            }
            byte[] text = new byte[textLength];
            in.readFully(text);
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                return Optional.empty();
            }
            Map<String, Integer> scores = new LinkedHashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                scores.put(in.readUTF(), in.readInt());
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new IndexedDocument(new SearchDocument(path, lang, title, isoDate, dates, "",
                    List.of()), scores, new String(text, StandardCharsets.US_ASCII)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
