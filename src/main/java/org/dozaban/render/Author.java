package org.dozaban.render;

import org.dozaban.content.LanguageGroups;

import java.util.Map;

/**
 * A person named in bylines, with their page.
 *
 * @param name       their name where {@code names} has none: as written in front matter, or, for a person of
 *                   {@code authors.yaml}, in English or another language
 * @param names      their name per language, from {@code authors.yaml}; empty for everyone else
 * @param slug       URL segment of their pages
 * @param written    articles naming them as author, newest first
 * @param translated articles naming them as translator, newest first
 */
record Author(String name, Map<String, String> names, String slug, LanguageGroups written,
              LanguageGroups translated) {

    Author {
        names = Map.copyOf(names);
    }

    /** The name shown on pages in {@code lang}. */
    String name(String lang) {
        return names.getOrDefault(lang, name);
    }

    int count() {
        return written.size() + translated.size();
    }
}
