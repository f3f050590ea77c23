package org.dozaban.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything an article page shows.
 *
 * @param title        title
 * @param lang         the article's language (also the page's)
 * @param dir          direction of {@code lang}
 * @param author       author, or null
 * @param date         publication date, or null when undated
 * @param topics       topics of the article that have pages
 * @param publisher    first publisher, or null
 * @param sourceUrl    where it was first published, or null
 * @param via          the site it was taken from, or null
 * @param translator   translator, or null
 * @param body         sanitized body HTML, safe to insert as is
 * @param translations the article in other languages
 * @param newer        the next newer article in the same language, or null
 * @param older        the next older article in the same language, or null
 * @param draft        marked {@code draft: true}: not published, shown only when drafts are included
 * @param scheduled    dated after the day of the build: published with the first build on or after its date
 */
public record ArticleView(
        String title,
        String lang,
        String dir,
        String author,
        LocalDate date,
        List<TopicRef> topics,
        String publisher,
        String sourceUrl,
        String via,
        String translator,
        SafeString body,
        List<Link> translations,
        Link newer,
        Link older,
        boolean draft,
        boolean scheduled) {

    public ArticleView {
        topics = List.copyOf(topics);
        translations = List.copyOf(translations);
    }

    /** The same view with another body. */
    ArticleView withBody(SafeString html) {
        return new ArticleView(title, lang, dir, author, date, topics, publisher, sourceUrl, via, translator, html,
                translations, newer, older, draft, scheduled);
    }
}
