package org.dozaban.render;

import org.dozaban.content.Article;

import java.util.List;

/**
 * A person named in bylines, with their page.
 *
 * @param name       the name as written in front matter
 * @param slug       URL segment of their pages
 * @param written    articles naming them as author, newest first
 * @param translated articles naming them as translator, newest first
 */
record Author(String name, String slug, List<Article> written, List<Article> translated) {

    Author {
        written = List.copyOf(written);
        translated = List.copyOf(translated);
    }

    int count() {
        return written.size() + translated.size();
    }
}
