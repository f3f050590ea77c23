package org.dozaban.search;

import org.dozaban.text.KeyHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The index as static files under {@code search/}, each a script calling a function of the search
 * page's script, so that they load from any static host and from {@code file://}, where pages may not
 * fetch files:
 * <ul>
 *   <li>{@code search/index.js}: the manifest: document count, shard keys, where each group of the
 *   latest documents' terms begins among the keys, and the normalization tables of {@link SearchText}
 *   and {@link Stemmer};</li>
 *   <li>{@code search/terms/<key>.js}: the terms of one shard with their postings, of every document
 *   but, in an index of {@link #RECENT_FROM} or more, the latest ({@link #shardedDocuments});</li>
 *   <li>{@code search/recent/<n>.js}: the terms of those latest documents, with their postings, in the
 *   group of their shard key ({@link #recentGroups});</li>
 *   <li>{@code search/docs/<n>.js}: {@link #CHUNK} documents each, as arrays of path, language, title,
 *   ISO date (empty when undated), the date formatted for each site language;</li>
 *   <li>{@code search/text/<n>.js}: the text of document {@code n} ({@link SnippetText}), which a result's
 *   snippet is taken from, loaded only for the results shown.</li>
 * </ul>
 */
public final class SearchFiles {

    public static final String FOLDER = "search/";
    public static final String MANIFEST = FOLDER + "index.js";
    static final String CALLBACK = "dozabanSearch";
    /** Documents per document file. */
    static final int CHUNK = 5;
    /** Terms are split into more shards until a shard is no larger than this. */
    static final int SHARD_BYTES = 32_000;
    static final int FORMAT = 2;
    /** An index of this many documents or more keeps its latest documents apart ({@link #shardedDocuments}). */
    static final int RECENT_FROM = 1024;
    /** The term shards of a large index hold its documents in whole blocks of this many. */
    static final int RECENT_BLOCK = 64;
    /** The files the latest documents' terms are split into, besides the one of terms no shard key starts. */
    static final int RECENT_GROUPS = 16;

    private SearchFiles() {
    }

    /**
     * Every file of the index of {@code documents}, by site-relative path.
     *
     * @param languages the site's languages, the order of each document's dates
     */
    public static SortedMap<String, String> write(List<SearchDocument> documents, List<String> languages) {
        SortedMap<String, String> files = write(SearchIndex.build(documents), languages);
        for (int number = 0; number < documents.size(); number++) {
            files.put(SnippetText.path(number), SnippetText.file(number, SnippetText.encoded(documents.get(number).text())));
        }
        return files;
    }

    /**
     * Every file of {@code index} but the documents' texts ({@link SnippetText}), by site-relative path.
     *
     * @param languages the site's languages, the order of each document's dates
     */
    public static SortedMap<String, String> write(SearchIndex index, List<String> languages) {
        SortedMap<String, String> files = new TreeMap<>();
        files(index, languages).forEach((path, content) -> files.put(path, content.get()));
        return files;
    }

    /**
     * Every file of {@code index} but the documents' texts, by site-relative path, each made when asked: so
     * that the index's files need not all be in memory at once.
     *
     * @param languages the site's languages, the order of each document's dates
     */
    public static SortedMap<String, Supplier<String>> files(SearchIndex index, List<String> languages) {
        SortedMap<String, Supplier<String>> files = new TreeMap<>();
        keyedFiles(index, languages).forEach((path, file) -> files.put(path, file.content()));
        return files;
    }

    /**
     * A file of the index, made when asked.
     *
     * @param key     a digest of what the file is made from, cheaper to find than the file: equal keys, equal
     *                files; null when the file is keyed by its own text
     * @param content makes the file's text
     */
    public record IndexFile(String key, Supplier<String> content) {
    }

    /**
     * {@link #files}, each term shard with a key of its terms and their postings as they are packed, so
     * that a build that has the shard already need not write its text to know it.
     */
    public static SortedMap<String, IndexFile> keyedFiles(SearchIndex index, List<String> languages) {
        return keyedFiles(index, languages, null);
    }

    /**
     * {@link #keyedFiles(SearchIndex, List)}, each document file also keyed, by the keys of its documents:
     * a build that has the file already need not write it to know it.
     *
     * @param documentKeys per document number, a key of everything its row shows (its address, language,
     *                     title and date) and of the site's languages, the order of its dates: equal keys,
     *                     equal rows; null to key the document files by their text
     */
    public static SortedMap<String, IndexFile> keyedFiles(SearchIndex index, List<String> languages,
                                                          List<String> documentKeys) {
        List<SearchDocument> documents = index.documents();
        if (documentKeys != null && documentKeys.size() != documents.size()) {
            throw new IllegalArgumentException(documentKeys.size() + " keys for " + documents.size() + " documents");
        }
        int sharded = shardedDocuments(documents.size());
        SortedMap<String, SearchIndex.Postings> recent = new TreeMap<>();
        SortedMap<String, SearchIndex.Postings> older = sharded == documents.size() ? index.packedPostings()
                : index.packedPostings(sharded, recent);
        SortedMap<String, SortedMap<String, SearchIndex.Postings>> shards = ShardPlan.plan(older,
                SearchFiles::postingsLength, SHARD_BYTES);
        SortedMap<String, IndexFile> files = new TreeMap<>();
        int[] starts = sharded == documents.size() ? new int[0] : groupStarts(shards);
        String manifest = call("manifest", manifest(documents.size(), languages, shards.keySet(), starts));
        files.put(MANIFEST, new IndexFile(null, () -> manifest));
        shards.forEach((key, terms) -> files.put(FOLDER + "terms/" + ShardPlan.fileName(key),
                new IndexFile(shardKey(key, terms), () -> shard(key, terms))));
        if (starts.length > 0) {
            List<SortedMap<String, SearchIndex.Postings>> grouped = recentGroups(recent, List.copyOf(shards.keySet()),
                    starts);
            for (int group = 0; group < grouped.size(); group++) {
                SortedMap<String, SearchIndex.Postings> terms = grouped.get(group);
                String number = String.valueOf(group);
                files.put(recentPath(group), new IndexFile(shardKey("recent " + number, terms),
                        () -> terms("recent", number, terms)));
            }
        }
        for (int start = 0; start < documents.size(); start += CHUNK) {
            List<SearchDocument> chunk = documents.subList(start, Math.min(documents.size(), start + CHUNK));
            int number = start / CHUNK;
            files.put(FOLDER + "docs/" + number + ".js", new IndexFile(
                    documentKeys == null ? null : documentsKey(number, documentKeys.subList(start, start + chunk.size())),
                    () -> call("docs", number + "," + documents(chunk))));
        }
        return files;
    }

    /**
     * How many of {@code documents} the term shards hold, the first by number: every one of an index of
     * fewer than {@link #RECENT_FROM}; of a larger one, those of its whole blocks of {@link #RECENT_BLOCK}.
     * The terms of the others, the latest, are in {@link #RECENT_GROUPS} files and one more
     * ({@code search/recent/<n>.js}), which the search page loads beside the shards. A new article, numbered
     * after the others, then changes those files, not the shards of each of its terms: the shards change once
     * a block is complete.
     */
    static int shardedDocuments(int documents) {
        return documents < RECENT_FROM ? documents : documents - documents % RECENT_BLOCK;
    }

    /** The file of the latest documents' terms of group {@code group}. */
    static String recentPath(int group) {
        return FOLDER + "recent/" + group + ".js";
    }

    /**
     * Where each of the {@link #RECENT_GROUPS} groups of shard keys begins, as a number of a key in their
     * order: the groups hold about as many terms of the shards each, counted with their lengths, so that the
     * latest documents' terms, a few postings each and spread over the keys as the words of the language
     * are, take about as many bytes in each recent file. (The shards' bytes would not do: they are mostly
     * the long postings of common words.) The first group begins at the first key; a group may be empty,
     * beginning where the next one does.
     */
    static int[] groupStarts(SortedMap<String, SortedMap<String, SearchIndex.Postings>> shards) {
        long[] weights = new long[shards.size()];
        long total = 0;
        int i = 0;
        for (SortedMap<String, SearchIndex.Postings> terms : shards.values()) {
            for (String term : terms.keySet()) {
                // the term, quoted, and a posting or two
                weights[i] += term.length() + 8;
            }
            total += weights[i++];
        }
        int[] starts = new int[RECENT_GROUPS];
        long before = 0;
        int group = 1;
        for (i = 0; i < weights.length && group < RECENT_GROUPS; i++) {
            // key i begins each group whose share of the whole the keys before it have reached
            while (group < RECENT_GROUPS && before * RECENT_GROUPS >= total * group) {
                starts[group++] = i;
            }
            before += weights[i];
        }
        while (group < RECENT_GROUPS) {
            starts[group++] = weights.length;
        }
        return starts;
    }

    /**
     * The latest documents' terms, by group: a term whose shard key, the longest of {@code keys} it starts
     * with, is the {@code i}th of the keys is in the last group that {@code starts} begins at or before
     * {@code i}; one that starts with none, in one more group, number {@code starts.length}. As the search
     * page finds them.
     *
     * @param keys   the shard keys, sorted
     * @param starts the number of the key each group begins at ({@link #groupStarts})
     */
    static List<SortedMap<String, SearchIndex.Postings>> recentGroups(SortedMap<String, SearchIndex.Postings> recent,
                                                                     List<String> keys, int[] starts) {
        Map<String, Integer> numbers = new HashMap<>();
        int longest = 0;
        for (int i = 0; i < keys.size(); i++) {
            numbers.put(keys.get(i), i);
            longest = Math.max(longest, keys.get(i).length());
        }
        List<SortedMap<String, SearchIndex.Postings>> groups = new ArrayList<>();
        for (int group = 0; group <= starts.length; group++) {
            groups.add(new TreeMap<>());
        }
        for (Map.Entry<String, SearchIndex.Postings> term : recent.entrySet()) {
            int group = starts.length;
            for (int length = Math.min(longest, term.getKey().length()); length >= 0; length--) {
                Integer key = numbers.get(term.getKey().substring(0, length));
                if (key != null) {
                    group = groupOf(key, starts);
                    break;
                }
            }
            groups.get(group).put(term.getKey(), term.getValue());
        }
        return groups;
    }

    /** The group of the key of number {@code key}: the last that begins at or before it. */
    static int groupOf(int key, int[] starts) {
        int group = 0;
        while (group + 1 < starts.length && starts[group + 1] <= key) {
            group++;
        }
        return group;
    }

    /** The key of a document file: the format, its number and its documents' keys. */
    private static String documentsKey(int number, List<String> keys) {
        KeyHash digest = new KeyHash().text("docs").number(FORMAT).number(number).number(keys.size());
        keys.forEach(digest::text);
        return digest.hex();
    }

    /** The key of a shard's file: the format, the shard's key, and each term with its packed postings. */
    private static String shardKey(String key, SortedMap<String, SearchIndex.Postings> terms) {
        KeyHash digest = new KeyHash().text("shard").number(FORMAT).text(key);
        terms.forEach((term, postings) -> {
            digest.text(term);
            postings.addTo(digest);
        });
        return digest.hex();
    }

    /**
     * The length of {@link #postings}' text, without making it: the brackets, a comma between any two numbers,
     * and the numbers' digits, which the postings count as pairs are added.
     */
    static int postingsLength(SearchIndex.Postings postings) {
        return 2 + Math.max(0, 2 * postings.count() - 1) + postings.digits();
    }

    /** The length of {@code n} written in decimal, sign included. */
    static int digits(int n) {
        if (n < 0) {
            return n == Integer.MIN_VALUE ? 11 : 1 + digits(-n);
        }
        int digits = 1;
        for (long limit = 10; limit <= n; limit *= 10) {
            digits++;
        }
        return digits;
    }

    static String call(String function, String arguments) {
        return callStart(function, arguments.length()).append(arguments).append(CALL_END).toString();
    }

    private static final String CALL_END = ");\n";

    /** A buffer for a call of {@code function} with {@code arguments} characters, holding its start. */
    private static StringBuilder callStart(String function, int arguments) {
        return new StringBuilder(CALLBACK.length() + function.length() + arguments + 4).append(CALLBACK).append('.')
                .append(function).append('(');
    }

    /** Document numbers as differences from the previous one, each followed by the score. */
    static String postings(SearchIndex.Postings postings) {
        return appendPostings(new StringBuilder(postingsLength(postings)), postings).toString();
    }

    private static StringBuilder appendPostings(StringBuilder out, SearchIndex.Postings postings) {
        out.append('[');
        SearchIndex.Postings.Cursor pair = postings.cursor();
        boolean first = true;
        while (pair.next()) {
            if (!first) {
                out.append(',');
            }
            out.append(pair.gap()).append(',').append(pair.score());
            first = false;
        }
        return out.append(']');
    }

    /**
     * A shard's file, {@code dozabanSearch.shard("key",{"term":[gap,score,…],…});}, written in one buffer of its
     * length: a rebuild of a small index that adds an article writes the shards of its words' first letters.
     */
    private static String shard(String key, SortedMap<String, SearchIndex.Postings> terms) {
        return terms("shard", Json.quote(key), terms);
    }

    /** A call of {@code function} with {@code argument}, JSON text, and {@code terms} with their postings. */
    private static String terms(String function, String argument, SortedMap<String, SearchIndex.Postings> terms) {
        int length = argument.length() + 6;
        for (Map.Entry<String, SearchIndex.Postings> term : terms.entrySet()) {
            length += term.getKey().length() + 4 + postingsLength(term.getValue());
        }
        StringBuilder out = callStart(function, length).append(argument).append(",{");
        boolean first = true;
        for (Map.Entry<String, SearchIndex.Postings> term : terms.entrySet()) {
            if (!first) {
                out.append(',');
            }
            appendPostings(out.append(Json.quote(term.getKey())).append(':'), term.getValue());
            first = false;
        }
        return out.append('}').append(CALL_END).toString();
    }

    private static String documents(List<SearchDocument> chunk) {
        StringJoiner out = new StringJoiner(",\n", "[\n", "\n]");
        for (SearchDocument d : chunk) {
            out.add("[" + Json.quote(d.path()) + "," + Json.quote(d.lang()) + "," + Json.quote(d.title()) + ","
                    + Json.quote(d.isoDate()) + "," + strings(d.dates()) + "]");
        }
        return out.toString();
    }

    private static String manifest(int count, List<String> languages, Iterable<String> shardKeys, int[] recentStarts) {
        List<String> keys = new ArrayList<>();
        shardKeys.forEach(keys::add);
        StringJoiner folds = new StringJoiner(",", "{", "}");
        for (Map.Entry<Integer, String> fold : SearchText.folds().entrySet()) {
            // escaped, so the marks and invisible characters of the table can be read in the file
            folds.add(Json.quoteAscii(Character.toString(fold.getKey())) + ":" + Json.quoteAscii(fold.getValue()));
        }
        StringJoiner steps = new StringJoiner(",", "[", "]");
        for (List<Stemmer.Rule> step : Stemmer.rules()) {
            StringJoiner rules = new StringJoiner(",", "[", "]");
            for (Stemmer.Rule rule : step) {
                rules.add("[" + Json.quote(rule.suffix()) + "," + Json.quote(rule.replacement()) + ","
                        + rule.minStem() + "," + strings(rule.unless()) + "," + rule.undouble() + "]");
            }
            steps.add(rules.toString());
        }
        return "{\n\"format\":" + FORMAT
                + ",\n\"languages\":" + strings(languages)
                + ",\n\"documents\":" + count
                + ",\n\"chunk\":" + CHUNK
                + ",\n\"minTerm\":" + SearchText.MIN_TERM
                + ",\n\"folds\":" + folds
                + ",\n\"prefixes\":" + strings(SearchText.joiningPrefixes())
                + ",\n\"suffixes\":" + strings(SearchText.joiningSuffixes())
                + ",\n\"stem\":" + steps
                + ",\n\"shards\":" + strings(keys)
                + ",\n\"recent\":" + Arrays.toString(recentStarts).replace(" ", "")
                + "\n}";
    }

    private static String strings(List<String> values) {
        StringJoiner out = new StringJoiner(",", "[", "]");
        values.forEach(v -> out.add(Json.quote(v)));
        return out.toString();
    }
}
