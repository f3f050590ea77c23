package org.dozaban.render;

import java.util.List;

/** The view models of the author pages. */
final class AuthorViews {

    private AuthorViews() {
    }

    /**
     * A person in the author index.
     *
     * @param name  as written in bylines
     * @param path  site-relative folder of their page
     * @param count articles they wrote or translated
     */
    public record Item(String name, String path, int count) {
    }

    /** {@code <lang>/authors/}: everyone named in a byline, in the collation order of the page's language. */
    public record Index(List<Item> authors) {

        public Index {
            authors = List.copyOf(authors);
        }
    }

    /**
     * {@code <lang>/authors/<slug>/}: what one person wrote and translated, in every language, the page's
     * language first, newest first.
     */
    public record Page(String name, List<ArticleItem> written, List<ArticleItem> translated) {

        public Page {
            written = List.copyOf(written);
            translated = List.copyOf(translated);
        }
    }
}
