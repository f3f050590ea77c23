package org.dozaban.render;

import java.time.LocalDate;

/**
 * An article in a list (home, topic pages).
 *
 * @param title        the article's title
 * @param lang         the article's language
 * @param dir          direction of {@code lang}
 * @param path         site-relative folder of the article page
 * @param date         publication date, or null
 * @param author       author, or null
 * @param summary      plain-text summary
 * @param foreign      whether the article's language differs from the page's
 * @param languageName the article's language, named in the page's language
 * @param draft        marked {@code draft: true}, listed only when drafts are included
 * @param scheduled    dated after the day of the build, listed only when scheduled articles are included
 * @param authorPath   site-relative folder of the author's page in the page's language, or null
 */
public record ArticleItem(
        String title,
        String lang,
        String dir,
        String path,
        LocalDate date,
        String author,
        String summary,
        boolean foreign,
        String languageName,
        boolean draft,
        boolean scheduled,
        String authorPath) {
}
