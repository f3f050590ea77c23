package org.dozaban.search;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchFilesTest {

    private static SearchDocument document(String path, String lang, String title, String body) {
        return new SearchDocument(path, lang, title, "", List.of(), body, List.of(
                new SearchDocument.Field(title, SearchDocument.TITLE),
                new SearchDocument.Field(body, SearchDocument.BODY)));
    }

    @Test
    void postingsScoreTheTitleAboveTheBody() {
        SearchIndex index = SearchIndex.build(List.of(
                document("fa/a/", "fa", "کتاب", "متن"),
                document("en/b/", "en", "Other", "کتاب کتاب")));
        List<int[]> book = index.postings().get("کتاب");
        assertEquals(2, book.size());
        assertEquals(List.of(0, SearchDocument.TITLE), List.of(book.get(0)[0], book.get(0)[1]));
        assertEquals(List.of(1, 2 * SearchDocument.BODY), List.of(book.get(1)[0], book.get(1)[1]));
    }

    @Test
    void repeatsCountOnlyUpToTheCap() {
        String body = "word ".repeat(50);
        SearchIndex index = SearchIndex.build(List.of(document("en/a/", "en", "T", body)));
        assertEquals(SearchIndex.MAX_OCCURRENCES, index.postings().get("word").get(0)[1]);
    }

    @Test
    void largeGroupsSplitByLongerPrefixesAndEveryTermStaysFindable() {
        SortedMap<String, String> entries = new TreeMap<>();
        for (String term : List.of("ab", "abc", "abcd", "abce", "abd", "abx1", "ac", "می", "میخواهم", "میز")) {
            entries.put(term, "[0,1]".repeat(10));
        }
        SortedMap<String, SortedMap<String, String>> shards = ShardPlan.plan(entries, 150);
        assertTrue(shards.size() > 3, shards.keySet().toString());
        for (String term : entries.keySet()) {
            String key = longestKey(shards.keySet(), term);
            assertTrue(shards.get(key).containsKey(term), term + " not in shard " + key);
        }
        for (Map.Entry<String, SortedMap<String, String>> shard : shards.entrySet()) {
            assertTrue(ShardPlan.bytes(shard.getValue()) <= 150 || shard.getKey().length() == ShardPlan.MAX_PREFIX
                    || shard.getValue().size() == 1, shard.getKey());
        }
    }

    /** The lookup the search script does. */
    private static String longestKey(Iterable<String> keys, String term) {
        String best = null;
        for (String key : keys) {
            if (term.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best;
    }

    @Test
    void shardFileNamesAreAsciiCodePoints() {
        assertEquals("645-6cc.js", ShardPlan.fileName("می"));
        assertEquals("61-62.js", ShardPlan.fileName("ab"));
    }

    @Test
    void filesAreAManifestShardsAndDocumentChunks() throws Exception {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            documents.add(document("en/" + i + "/", "en", "Title " + i, "body </script> text"));
        }
        SortedMap<String, String> files = SearchFiles.write(documents, List.of("fa", "en"));
        String manifest = files.get("search/index.js");
        assertTrue(manifest.startsWith("dozabanSearch.manifest({"), manifest);
        assertTrue(manifest.contains("\"documents\":12"), manifest);
        assertTrue(manifest.contains("\"\\u064a\":\"\\u06cc\""), "Arabic yeh folds to Persian yeh");
        assertTrue(manifest.contains("\"prefixes\":[\"می\",\"نمی\"]"), manifest);
        assertTrue(files.containsKey("search/docs/0.js") && files.containsKey("search/docs/1.js"), files.keySet().toString());
        assertTrue(files.get("search/docs/1.js").startsWith("dozabanSearch.docs(1,["));
        assertEquals("body </script> text", inflated(files.get("search/text/0.js"), 0));
        assertTrue(files.containsKey("search/text/11.js") && !files.containsKey("search/text/12.js"), files.keySet().toString());
        String shard = files.get("search/terms/74-69.js");
        // "title" is in every document, numbered 0..11: first number absolute, the rest differences
        assertTrue(shard.contains("\"titl\":[0,10,1,10,1,10"), shard);
    }

    @Test
    void aShardIsOneCallOfItsKeyAndEachOfItsTermsWithItsPostings() {
        SortedMap<String, String> files = SearchFiles.write(List.of(
                document("en/0/", "en", "Tin", "tide"), document("en/1/", "en", "Tide", "tin")), List.of("en"));
        String shard = files.get("search/terms/74-69.js");
        String postings = "\\[\\d+(,\\d+)*]";
        assertTrue(shard.matches("dozabanSearch\\.shard\\(\"ti\",\\{\"ti[a-z]*\":" + postings
                + "(,\"ti[a-z]*\":" + postings + ")+}\\);\n"), shard);
    }

    @Test
    void eachDocumentsTextHasAFileOfItsOwnAndTheRowsLeaveItOut() throws Exception {
        String far = "Opening words. " + "Filler sentence of the middle. ".repeat(30) + "The harbour crane at the end.";
        SortedMap<String, String> files = SearchFiles.write(List.of(
                document("en/a/", "en", "First", "  A short text.\n"),
                document("fa/b/", "fa", "دوم", far)), List.of("fa", "en"));
        assertEquals("A short text.", inflated(files.get("search/text/0.js"), 0));
        assertEquals(far, inflated(files.get("search/text/1.js"), 1));
        assertTrue(files.get("search/text/1.js").length() < far.length() / 2, "the text is stored compressed");
        String rows = files.get("search/docs/0.js");
        assertEquals("dozabanSearch.docs(0,[\n[\"en/a/\",\"en\",\"First\",\"\",[]],\n[\"fa/b/\",\"fa\",\"دوم\",\"\",[]]\n]);\n",
                rows);
    }

    @Test
    void aLongTextIsCutAtASpaceBeforeTheLimit() {
        String word = "واژه‌ها ";
        String text = word.repeat(SnippetText.MAX_LENGTH / word.length() + 10);
        String kept = SnippetText.kept(text);
        assertTrue(kept.codePointCount(0, kept.length()) <= SnippetText.MAX_LENGTH, "kept " + kept.length());
        assertTrue(kept.codePointCount(0, kept.length()) > SnippetText.MAX_LENGTH - word.length(), "kept " + kept.length());
        assertTrue(kept.endsWith("واژه‌ها"), kept.substring(kept.length() - 20));
        assertEquals(kept, text.substring(0, kept.length()));
        assertEquals("short", SnippetText.kept(" short \n"));
    }

    /** What the search script reads from a text file: the call's Base64 argument, inflated as raw DEFLATE. */
    private static String inflated(String file, int number) throws Exception {
        String start = "dozabanSearch.text(" + number + ",\"";
        assertTrue(file.startsWith(start) && file.endsWith("\");\n"), file);
        byte[] compressed = Base64.getDecoder().decode(file.substring(start.length(), file.length() - 4));
        Inflater inflater = new Inflater(true);
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            assertTrue(n > 0 || !inflater.needsInput(), "the stream ends before its end mark");
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shardKeysAreEqualExactlyWhenTheShardsAre() {
        java.util.Random random = new java.util.Random(9);
        for (int round = 0; round < 30; round++) {
            SearchIndex one = new SearchIndex();
            SearchIndex other = new SearchIndex();
            for (int n = 0; n < 400; n++) {
                SearchDocument document = new SearchDocument("en/a" + n + "/", "en", "A" + n, "", List.of(), "",
                        List.of());
                Map<String, Integer> scores = new TreeMap<>();
                for (int t = 0; t < 600; t++) {
                    if (random.nextInt(8) == 0) {
                        scores.put("term" + t, 1 + random.nextInt(20));
                    }
                }
                one.add(document, scores);
                // now and then a document with one score changed, or one term more
                if (random.nextInt(10) == 0 && !scores.isEmpty()) {
                    scores = new TreeMap<>(scores);
                    scores.merge(random.nextBoolean() ? scores.keySet().iterator().next() : "extra" + n, 1, Integer::sum);
                }
                other.add(document, scores);
            }
            SortedMap<String, SearchFiles.IndexFile> a = SearchFiles.keyedFiles(one, List.of("en"));
            SortedMap<String, SearchFiles.IndexFile> b = SearchFiles.keyedFiles(other, List.of("en"));
            int shards = 0;
            for (Map.Entry<String, SearchFiles.IndexFile> file : a.entrySet()) {
                SearchFiles.IndexFile same = b.get(file.getKey());
                if (file.getValue().key() == null || same == null) {
                    continue;
                }
                shards++;
                assertEquals(file.getValue().content().get().equals(same.content().get()),
                        file.getValue().key().equals(same.key()), file.getKey());
            }
            assertTrue(shards > 1, "several shards to compare");
        }
    }
    @Test
    void documentFilesKeyedByTheirDocumentsKeysChangeKeyOnlyWithThem() {
        // twelve documents, five to a file: files 0, 1 and 2; the eighth (file 1) is retitled in the second index
        List<SearchDocument> first = new ArrayList<>();
        List<SearchDocument> second = new ArrayList<>();
        List<String> firstKeys = new ArrayList<>();
        List<String> secondKeys = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            first.add(document("en/a" + n + "/", "en", "Title " + n, "body"));
            second.add(document("en/a" + n + "/", "en", n == 7 ? "Retitled" : "Title " + n, "body"));
            firstKeys.add("key " + n);
            secondKeys.add(n == 7 ? "key 7 retitled" : "key " + n);
        }
        SortedMap<String, SearchFiles.IndexFile> a = SearchFiles.keyedFiles(SearchIndex.build(first), List.of("en"),
                firstKeys);
        SortedMap<String, SearchFiles.IndexFile> b = SearchFiles.keyedFiles(SearchIndex.build(second), List.of("en"),
                secondKeys);
        for (String file : List.of("search/docs/0.js", "search/docs/1.js", "search/docs/2.js")) {
            boolean sameKey = a.get(file).key().equals(b.get(file).key());
            assertEquals(!file.equals("search/docs/1.js"), sameKey, file);
            assertEquals(sameKey, a.get(file).content().get().equals(b.get(file).content().get()), file);
        }
        assertTrue(b.get("search/docs/1.js").content().get().contains("\"Retitled\""));
        assertNull(SearchFiles.keyedFiles(SearchIndex.build(first), List.of("en")).get("search/docs/0.js").key(),
                "keyed by its text without the documents' keys");
        assertThrows(IllegalArgumentException.class,
                () -> SearchFiles.keyedFiles(SearchIndex.build(first), List.of("en"), firstKeys.subList(0, 11)));
    }
    /** An index of {@code count} documents, each with its own random terms and a few in Persian, by {@code seed}. */
    private static SearchIndex randomIndex(int count, long seed) {
        SearchIndex index = new SearchIndex();
        java.util.Random random = new java.util.Random(seed);
        String[] persian = {"کتاب", "کتابخانه", "مدرسه", "شهر", "خیابان", "ایران"};
        for (int n = 0; n < count; n++) {
            Map<String, Integer> scores = new TreeMap<>();
            for (int t = 0; t < 12; t++) {
                scores.put("w" + random.nextInt(400), 1 + random.nextInt(20));
            }
            scores.put(persian[random.nextInt(persian.length)], 5);
            // a word of this document alone; of some after the first 1,024, in letters no earlier word starts with
            scores.put((n >= 1024 && n % 2 == 0 ? "xx" : "w") + "only" + n, 2);
            index.add(new SearchDocument("en/a" + n + "/", "en", "A" + n, "", List.of(), "", List.of()), scores);
        }
        return index;
    }

    /** The terms of a shard or recent file, with their postings as document numbers and scores. */
    private static Map<String, List<List<Integer>>> termsOf(String file) {
        String call = file.substring(file.indexOf('(') + 1, file.lastIndexOf(')'));
        Map<String, Object> terms = new org.openqa.selenium.json.Json().toType(
                call.substring(call.indexOf(',') + 1), org.openqa.selenium.json.Json.MAP_TYPE);
        Map<String, List<List<Integer>>> out = new TreeMap<>();
        terms.forEach((term, list) -> {
            List<List<Integer>> pairs = new ArrayList<>();
            int document = 0;
            List<?> numbers = (List<?>) list;
            for (int i = 0; i < numbers.size(); i += 2) {
                document += ((Number) numbers.get(i)).intValue();
                pairs.add(List.of(document, ((Number) numbers.get(i + 1)).intValue()));
            }
            out.put(term, pairs);
        });
        return out;
    }

    /** The manifest's fields. */
    private static Map<String, Object> manifestOf(SortedMap<String, String> files) {
        String text = files.get(SearchFiles.MANIFEST);
        return new org.openqa.selenium.json.Json().toType(text.substring(text.indexOf('(') + 1, text.lastIndexOf(')')),
                org.openqa.selenium.json.Json.MAP_TYPE);
    }

    /**
     * Each term's postings as the search page finds them: from the shard of its longest key, then from the
     * recent file of that key's group (or of the last group, for a term no key starts), by the manifest.
     */
    private static Map<String, List<List<Integer>>> foundAsThePageFindsThem(SortedMap<String, String> files,
                                                                          Iterable<String> terms) {
        Map<String, Object> manifest = manifestOf(files);
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) manifest.get("shards");
        List<?> starts = (List<?>) manifest.get("recent");
        int groups = starts.size();
        Map<String, List<List<Integer>>> found = new TreeMap<>();
        for (String term : terms) {
            String key = longestKey(keys, term);
            List<List<Integer>> pairs = new ArrayList<>();
            if (key != null) {
                pairs.addAll(termsOf(files.get("search/terms/" + ShardPlan.fileName(key))).getOrDefault(term, List.of()));
            }
            if (groups > 0) {
                // the last group that begins at or before the key's number
                int group = groups;
                if (key != null) {
                    group = 0;
                    while (group + 1 < groups && ((Number) starts.get(group + 1)).intValue() <= keys.indexOf(key)) {
                        group++;
                    }
                }
                pairs.addAll(termsOf(files.get("search/recent/" + group + ".js")).getOrDefault(term, List.of()));
            }
            found.put(term, pairs);
        }
        return found;
    }

    private static Map<String, List<List<Integer>>> postingsOf(SearchIndex index) {
        Map<String, List<List<Integer>>> all = new TreeMap<>();
        index.postings().forEach((term, pairs) -> all.put(term, pairs.stream().map(p -> List.of(p[0], p[1])).toList()));
        return all;
    }

    @Test
    void aLargeIndexKeepsTheTermsOfItsLatestDocumentsApartAndEveryPostingIsFoundOnce() {
        // 1,034 documents: the shards hold the first 1,024 (16 blocks of 64), the recent files the last 10
        SearchIndex index = randomIndex(1034, 7);
        SortedMap<String, String> files = SearchFiles.write(index, List.of("en"));
        List<?> starts = (List<?>) manifestOf(files).get("recent");
        assertEquals(16, starts.size());
        assertEquals(0, ((Number) starts.get(0)).intValue());
        for (int group = 1; group < 16; group++) {
            assertTrue(((Number) starts.get(group - 1)).intValue() <= ((Number) starts.get(group)).intValue(), starts.toString());
        }
        for (int group = 0; group <= 16; group++) {
            assertTrue(files.containsKey("search/recent/" + group + ".js"), "group " + group);
        }
        assertEquals(17, files.keySet().stream().filter(f -> f.startsWith("search/recent/")).count());
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().startsWith("search/terms/")) {
                termsOf(file.getValue()).values().forEach(pairs -> pairs.forEach(pair ->
                        assertTrue(pair.get(0) < 1024, file.getKey() + " holds a latest document: " + pair)));
            }
        }
        Map<String, List<List<Integer>>> postings = postingsOf(index);
        assertEquals(postings, foundAsThePageFindsThem(files, postings.keySet()));
        // a word of a latest document alone, "xxonly1026", starts with no key: it is in the last group
        assertTrue(termsOf(files.get("search/recent/16.js")).containsKey("xxonly1026"));
        assertTrue(termsOf(files.get("search/recent/16.js")).keySet().stream().allMatch(t -> t.startsWith("xx")));
        assertEquals(List.of(List.of(1033, 2)), foundAsThePageFindsThem(files, List.of("wonly1033")).get("wonly1033"));
    }

    @Test
    void aDocumentAddedChangesTheRecentFilesNotTheShardsUntilItsBlockIsComplete() {
        SortedMap<String, String> before = SearchFiles.write(randomIndex(1030, 11), List.of("en"));
        SortedMap<String, String> after = SearchFiles.write(randomIndex(1031, 11), List.of("en"));
        SortedMap<String, String> shardsBefore = new TreeMap<>(before.subMap("search/terms/", "search/terms0"));
        assertTrue(shardsBefore.size() > 10, "shards: " + shardsBefore.size());
        assertEquals(shardsBefore, after.subMap("search/terms/", "search/terms0"));
        assertTrue(!before.subMap("search/recent/", "search/recent0").equals(after.subMap("search/recent/", "search/recent0")),
                "the new document's terms are in the recent files");
        // the block complete at 1,088: the shards hold every document, the recent files none
        SearchIndex complete = randomIndex(1088, 11);
        SortedMap<String, String> whole = SearchFiles.write(complete, List.of("en"));
        assertTrue(!shardsBefore.equals(whole.subMap("search/terms/", "search/terms0")));
        whole.subMap("search/recent/", "search/recent0").values().forEach(file -> assertTrue(termsOf(file).isEmpty()));
        Map<String, List<List<Integer>>> postings = postingsOf(complete);
        assertEquals(postings, foundAsThePageFindsThem(whole, postings.keySet()));
    }

    @Test
    void aSmallIndexHasNoRecentFiles() {
        SearchIndex index = randomIndex(1023, 3);
        SortedMap<String, String> files = SearchFiles.write(index, List.of("en"));
        assertEquals(List.of(), manifestOf(files).get("recent"));
        assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("search/recent/")));
        Map<String, List<List<Integer>>> postings = postingsOf(index);
        assertEquals(postings, foundAsThePageFindsThem(files, postings.keySet()));
    }
    @Test
    void postingsSplitAtADocumentKeepTheirPairsAndTheLengthsTheirTextTakes() {
        SearchIndex index = randomIndex(1100, 5);
        SortedMap<String, SearchIndex.Postings> later = new TreeMap<>();
        SortedMap<String, SearchIndex.Postings> earlier = index.packedPostings(1090, later);
        Map<String, List<List<Integer>>> all = postingsOf(index);
        for (Map.Entry<String, List<List<Integer>>> term : all.entrySet()) {
            List<List<Integer>> joined = new ArrayList<>();
            for (SearchIndex.Postings part : new SearchIndex.Postings[] {earlier.get(term.getKey()), later.get(term.getKey())}) {
                if (part != null) {
                    String text = SearchFiles.postings(part);
                    assertEquals(text.length(), SearchFiles.postingsLength(part), term.getKey());
                    joined.addAll(termsOf("f(0,{\"t\":" + text + "});").get("t"));
                }
            }
            assertEquals(term.getValue(), joined, term.getKey());
        }
        assertTrue(later.size() > 20 && later.size() < all.size(), later.size() + " of " + all.size());
        later.values().forEach(part -> assertTrue(part.count() > 0));
    }
    /** A shard of {@code count} terms of the same length, each with postings of {@code pairs} documents. */
    private static SortedMap<String, SearchIndex.Postings> shardOf(String key, int count, int pairs) {
        SortedMap<String, SearchIndex.Postings> terms = new TreeMap<>();
        for (int t = 0; t < count; t++) {
            SearchIndex.Postings postings = new SearchIndex.Postings();
            for (int n = 0; n < pairs; n++) {
                postings.add(n, 1);
            }
            terms.put(key + String.format("%04d", t), postings);
        }
        return terms;
    }

    @Test
    void theGroupsOfShardKeysHoldAboutAsManyTermsEachWhateverTheirPostings() {
        // 32 shards of as many terms, some with long postings: two to a group
        SortedMap<String, SortedMap<String, SearchIndex.Postings>> even = new TreeMap<>();
        for (int k = 0; k < 32; k++) {
            even.put(String.format("k%02d", k), shardOf(String.format("k%02d", k), 20, k % 3 == 0 ? 500 : 2));
        }
        int[] starts = SearchFiles.groupStarts(even);
        int[] expected = new int[16];
        for (int g = 0; g < 16; g++) {
            expected[g] = 2 * g;
        }
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(starts));
        // a shard of a few more terms than the fifteen after it together: the first half of the groups are its
        // own (the first; the next seven empty, beginning where the ninth does)
        SortedMap<String, SortedMap<String, SearchIndex.Postings>> uneven = new TreeMap<>();
        uneven.put("a", shardOf("a", 180, 1));
        for (int k = 0; k < 15; k++) {
            uneven.put(String.format("b%02d", k), shardOf(String.format("b%02d", k), 10, 1));
        }
        int[] skewed = SearchFiles.groupStarts(uneven);
        assertEquals(0, skewed[0]);
        assertEquals(1, skewed[8], java.util.Arrays.toString(skewed));
        assertEquals(0, SearchFiles.groupOf(0, skewed), "the large shard's key");
        assertEquals(15, SearchFiles.groupOf(15, skewed), "the last key, in the last group");
        for (int key = 1; key < 16; key++) {
            assertTrue(SearchFiles.groupOf(key, skewed) >= 8, "key " + key + " in " + java.util.Arrays.toString(skewed));
        }
    }
}
