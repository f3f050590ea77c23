package org.dozaban.render;

import java.util.List;

/**
 * The ways on from an article page: its month in the date archive, the pages of its author and
 * translator, its reading time and related articles.
 *
 * @param archivePath    site-relative folder of the article's month in the archive, or null when undated
 * @param authorPath     site-relative folder of the author's page, or null
 * @param translatorPath site-relative folder of the translator's page, or null
 * @param readingMinutes minutes to read the article
 * @param related        related articles, best first; those in another language are marked foreign
 */
public record ReaderLinks(String archivePath, String authorPath, String translatorPath, int readingMinutes,
                          List<ArticleItem> related) {

    public ReaderLinks {
        related = List.copyOf(related);
    }

    ReaderLinks withReadingMinutes(int minutes) {
        return new ReaderLinks(archivePath, authorPath, translatorPath, minutes, related);
    }
}
