package org.dozaban.content;

import org.dozaban.text.Language;

import java.util.List;
import java.util.Map;

/**
 * One entry of the topic vocabulary in {@code content/topics.yaml}.
 *
 * @param key   ASCII key, the URL segment
 * @param names display name per language code
 * @param words words and phrases that mark the topic in text, per language code
 */
public record Topic(String key, Map<String, String> names, Map<String, List<String>> words) {

    public Topic {
        names = Map.copyOf(names);
        words = Map.copyOf(words);
    }

    /** The topic's name in {@code lang}, else its English name, else its key. */
    public String name(String lang) {
        return names.getOrDefault(lang, names.getOrDefault(Language.ENGLISH.code(), key));
    }

    /** The marker words for {@code lang}, empty when there are none. */
    public List<String> words(String lang) {
        return words.getOrDefault(lang, List.of());
    }
}
