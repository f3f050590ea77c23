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
     * {@code <lang>/authors/<slug>/} and its further pages {@code page/<n>/}: what one person wrote and
     * translated, in every language, the page's language first, newest first; each page holds up to
     * {@code pageSize} of each, an archive page those of one language (see {@link Paging}).
     *
     * @param writtenCount    how many articles they wrote, on the first page; 0 on the others
     * @param translatedCount how many they translated, on the first page; 0 on the others
     * @param written         this page's share of what they wrote
     * @param translated      this page's share of what they translated
     * @param pager           position among the person's pages
     */
    public record Page(String name, int writtenCount, int translatedCount, List<ArticleItem> written,
                       List<ArticleItem> translated, Pager pager) {

        public Page {
            written = List.copyOf(written);
            translated = List.copyOf(translated);
        }
    }
}
