package org.dozaban.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Splits the terms into shards by prefix, so a query loads only the shards of its terms. Terms are
 * grouped by their first {@link #START} characters; a group larger than the size limit is split by
 * one more character, its terms no longer than the prefix kept in a shard of their own under the
 * prefix. A term is in the shard whose key is the longest key the term starts with.
 */
final class ShardPlan {

    static final int START = 2;
    static final int MAX_PREFIX = 8;

    private ShardPlan() {
    }

    /**
     * @param entries  each term with the JSON text it takes in a shard
     * @param maxBytes the size above which a group of terms is split further
     * @return shard key to its terms and their JSON, keys and terms sorted
     */
    static SortedMap<String, SortedMap<String, String>> plan(SortedMap<String, String> entries, int maxBytes) {
        return plan(entries, String::length, maxBytes);
    }

    /**
     * {@link #plan(SortedMap, int)} for entries whose JSON is made later: {@code jsonLength} gives the length
     * each will take.
     */
    static <V> SortedMap<String, SortedMap<String, V>> plan(SortedMap<String, V> entries, ToIntFunction<V> jsonLength,
                                                           int maxBytes) {
        // each term's size found once: a term is counted again at every length its group is split to
        Map<String, Integer> sizes = new HashMap<>();
        entries.forEach((term, value) -> sizes.put(term, size(term, jsonLength.applyAsInt(value))));
        SortedMap<String, SortedMap<String, V>> shards = new TreeMap<>();
        split(entries, START, sizes, maxBytes, shards);
        return shards;
    }

    private static <V> void split(SortedMap<String, V> entries, int length, Map<String, Integer> sizes, int maxBytes,
                                  SortedMap<String, SortedMap<String, V>> shards) {
        for (Map.Entry<String, SortedMap<String, V>> group : groups(entries, length).entrySet()) {
            String key = group.getKey();
            SortedMap<String, V> terms = group.getValue();
            if (bytes(terms.keySet(), sizes) <= maxBytes || length >= MAX_PREFIX) {
                shards.put(key, terms);
                continue;
            }
            SortedMap<String, V> own = new TreeMap<>();
            SortedMap<String, V> longer = new TreeMap<>();
            terms.forEach((term, json) -> (term.equals(key) ? own : longer).put(term, json));
            if (!own.isEmpty()) {
                shards.put(key, own);
            }
            split(longer, length + 1, sizes, maxBytes, shards);
        }
    }

    private static <V> Map<String, SortedMap<String, V>> groups(SortedMap<String, V> entries, int length) {
        Map<String, SortedMap<String, V>> groups = new LinkedHashMap<>();
        entries.forEach((term, json) ->
                groups.computeIfAbsent(prefix(term, length), k -> new TreeMap<>()).put(term, json));
        return groups;
    }

    /** The first {@code length} code points of {@code term}, or all of it. */
    static String prefix(String term, int length) {
        int count = term.codePointCount(0, term.length());
        return count <= length ? term : term.substring(0, term.offsetByCodePoints(0, length));
    }

    static int bytes(SortedMap<String, String> terms) {
        int total = 0;
        for (Map.Entry<String, String> entry : terms.entrySet()) {
            total += size(entry.getKey(), entry.getValue().length());
        }
        return total;
    }

    private static int bytes(Collection<String> terms, Map<String, Integer> sizes) {
        int total = 0;
        for (String term : terms) {
            total += sizes.get(term);
        }
        return total;
    }

    /** What a term takes in a shard: its UTF-8 bytes, its JSON's, and the quotes and separators. */
    private static int size(String term, int jsonLength) {
        return term.getBytes(StandardCharsets.UTF_8).length + jsonLength + 4;
    }

    /** A shard's file name: the code points of its key in hexadecimal, joined by '-', safe on any host. */
    static String fileName(String key) {
        List<String> hex = new ArrayList<>();
        key.codePoints().forEach(cp -> hex.add(Integer.toHexString(cp)));
        return String.join("-", hex) + ".js";
    }
}
