package org.dozaban.search;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document as the index takes it survives the build cache, and damaged bytes are never taken. */
class IndexedDocumentTest {

    private static final SearchDocument DOCUMENT = new SearchDocument("fa/1393/03/ketab/", "fa", "کتاب‌های تازه",
            "2014-06-17", List.of("June 17, 2014", "۲۷ خرداد ۱۳۹۳"), "کتابخانه‌ای کوچک در شهر …",
            List.of(new SearchDocument.Field("کتاب‌های تازه", SearchDocument.TITLE),
                    new SearchDocument.Field("کتابخانه‌ای کوچک در شهر، کتاب و کتاب‌ها", SearchDocument.BODY)));

    @Test
    void theBytesReadBackAsTheSameDocumentAndScores() {
        IndexedDocument indexed = IndexedDocument.of(DOCUMENT);
        assertEquals(DOCUMENT.withoutFields(), indexed.shown());
        assertEquals(SearchIndex.scores(DOCUMENT), indexed.scores());
        assertTrue(indexed.scores().size() > 3, indexed.scores().toString());
        assertEquals(indexed, IndexedDocument.read(indexed.bytes()).orElseThrow());
        assertEquals(SnippetText.encoded(DOCUMENT.text()), indexed.encodedText());
        assertEquals(indexed.encodedText(), IndexedDocument.readText(indexed.bytes()).orElseThrow());
    }

    @Test
    void aLongHardlyCompressibleTextIsKept() {
        java.util.Random random = new java.util.Random(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SnippetText.MAX_LENGTH; i++) {
            text.appendCodePoint(0x20000 + random.nextInt(40_000));  // four UTF-8 bytes each, hardly compressible
        }
        SearchDocument document = new SearchDocument("en/x/", "en", "X", "", List.of(), text.toString(),
                List.of(new SearchDocument.Field("X", SearchDocument.TITLE)));
        IndexedDocument indexed = IndexedDocument.of(document);
        assertTrue(indexed.encodedText().length() > 40_000, "encoded: " + indexed.encodedText().length());
        assertEquals(indexed, IndexedDocument.read(indexed.bytes()).orElseThrow());
    }

    @Test
    void theTermsAloneReadBackAsTheWholeDocumentHasThem() {
        java.util.Random random = new java.util.Random(11);
        String[] words = {"کتاب", "کتاب‌ها", "book", "books", "۱۳۹۳", "2014", "ketab", "شهر"};
        for (int n = 0; n < 200; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(30); w > 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            SearchDocument document = new SearchDocument("en/" + n + "/", n % 2 == 0 ? "en" : "fa", "T " + n, "",
                    List.of(), text.toString(), List.of(new SearchDocument.Field(text.toString(), SearchDocument.BODY),
                    new SearchDocument.Field(words[n % words.length], SearchDocument.TITLE)));
            IndexedDocument whole = IndexedDocument.of(document);
            IndexedDocument.Terms terms = IndexedDocument.readTerms(whole.bytes()).orElseThrow();
            assertEquals(whole.shown(), terms.shown());
            assertEquals(List.copyOf(whole.scores().keySet()), List.of(terms.terms()));
            assertEquals(List.copyOf(whole.scores().values()), Arrays.stream(terms.scores()).boxed().toList());
            assertEquals(whole.terms().shown(), terms.shown());
            assertEquals(List.of(whole.terms().terms()), List.of(terms.terms()));
        }
    }

    @Test
    void termsOutOfOrderOrTwiceAreNotTaken() throws Exception {
        // written field by field as bytes() writes them, with the terms given here
        for (List<String> terms : List.of(List.of("a", "b"), List.of("b", "a"), List.of("a", "a"))) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            out.writeInt(3);
            for (String field : List.of("en/x/", "en", "X", "")) {
                writeString(out, field);
            }
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(terms.size());
            for (String term : terms) {
                writeString(out, term);
                out.writeInt(1);
            }
            boolean inOrder = terms.get(0).compareTo(terms.get(1)) < 0;
            assertEquals(inOrder, IndexedDocument.read(bytes.toByteArray()).isPresent(), terms.toString());
            assertEquals(inOrder, IndexedDocument.readTerms(bytes.toByteArray()).isPresent(), terms.toString());
        }
    }

    @Test
    void bytesCutShortOrOfAnotherFormatAreNotTaken() {
        byte[] bytes = IndexedDocument.of(DOCUMENT).bytes();
        for (int length = 0; length < bytes.length; length += 7) {
            assertTrue(IndexedDocument.read(Arrays.copyOf(bytes, length)).isEmpty(), "cut at " + length);
            assertTrue(IndexedDocument.readTerms(Arrays.copyOf(bytes, length)).isEmpty(), "cut at " + length);
            assertTrue(IndexedDocument.readText(Arrays.copyOf(bytes, length)).isEmpty(), "cut at " + length);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertTrue(IndexedDocument.read(longer).isEmpty());
        assertTrue(IndexedDocument.readTerms(longer).isEmpty());
        assertTrue(IndexedDocument.readText(longer).isEmpty());
        bytes[3] = 9;
        assertTrue(IndexedDocument.read(bytes).isEmpty());
        assertTrue(IndexedDocument.readText(bytes).isEmpty());
    }

    @Test
    void anIndexOfKeptDocumentsIsTheIndexOfTheDocuments() {
        SearchDocument other = new SearchDocument("en/2014/06/books/", "en", "New books", "", List.of(), "A library",
                List.of(new SearchDocument.Field("New books in the library", SearchDocument.TITLE)));
        SearchIndex direct = SearchIndex.build(List.of(DOCUMENT, other));
        SearchIndex kept = new SearchIndex();
        SearchIndex keptTerms = new SearchIndex();
        for (SearchDocument d : List.of(DOCUMENT, other)) {
            IndexedDocument back = IndexedDocument.read(IndexedDocument.of(d).bytes()).orElseThrow();
            kept.add(back.shown(), back.scores());
            keptTerms.add(IndexedDocument.readTerms(IndexedDocument.of(d).bytes()).orElseThrow());
        }
        assertEquals(SearchFiles.write(direct, List.of("en", "fa")), SearchFiles.write(kept, List.of("en", "fa")));
        assertEquals(SearchFiles.write(direct, List.of("en", "fa")), SearchFiles.write(keptTerms, List.of("en", "fa")));
    }

    @Test
    void theLengthOfPostingsIsKnownBeforeTheirTextIsMade() {
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 200; n++) {
            SearchIndex.Postings postings = new SearchIndex.Postings();
            int document = 0;
            for (int i = random.nextInt(30); i > 0; i--) {
                document += random.nextInt(i % 3 == 0 ? 100_000 : 10);
                postings.add(document, 1 + random.nextInt(i % 2 == 0 ? 1000 : 9));
            }
            assertEquals(SearchFiles.postings(postings).length(), SearchFiles.postingsLength(postings),
                    SearchFiles.postings(postings));
            // counted by the walk over the pairs, the definition
            int digits = 0;
            SearchIndex.Postings.Cursor pair = postings.cursor();
            while (pair.next()) {
                digits += SearchFiles.digits(pair.gap()) + SearchFiles.digits(pair.score());
            }
            assertEquals(digits, postings.digits());
        }
        for (int n : new int[] {0, 9, 10, 99, 100, 999_999_999, 1_000_000_000, Integer.MAX_VALUE, -1, -10,
                Integer.MIN_VALUE}) {
            assertEquals(Integer.toString(n).length(), SearchFiles.digits(n), "digits of " + n);
        }
    }

    /** A string as the cache holds it: its length in UTF-8 bytes as an int, then the bytes. */
    private static void writeString(java.io.DataOutputStream out, String value) throws java.io.IOException {
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
