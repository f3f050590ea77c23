package org.dozaban.content;

import org.dozaban.text.Language;

import java.util.Map;

/**
 * One person of {@code content/authors.yaml}: the slug of their pages and their name in each language,
 * so that the bylines of their articles in either language lead to the same pages.
 *
 * @param slug  URL segment of the person's pages in every language
 * @param names the name per language code, as bylines write it
 */
public record Person(String slug, Map<String, String> names) {

    public Person {
        names = Map.copyOf(names);
    }

    /** The name in {@code lang}, else in English, else the first of the others by language code. */
    public String name(String lang) {
        if (names.containsKey(lang)) {
            return names.get(lang);
        }
        return names.getOrDefault(Language.ENGLISH.code(), names.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).findFirst().orElse(slug));
    }
}
