package org.dozaban.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A finished article ready to be written as a content file. Absent optional fields are null.
 *
 * @param lang           "en" or "fa": the content folder
 * @param slug           the file name without ".md"
 * @param title          the title
 * @param author         the author, or null
 * @param date           the date, or null
 * @param topics         topic keys, best first
 * @param sourceUrl      original address, or null
 * @param publisher      publisher, or null
 * @param via            capturing site, or null
 * @param translationKey key shared by translations
 * @param seed           the seed's file name
 * @param paragraphs     the body, one Markdown paragraph each; a subtitle is the first, emphasised
 * @param subtitle       the subtitle as found, inline Markdown, or null
 */
public record ImportedArticle(String lang, String slug, String title, String author, LocalDate date,
                              List<String> topics, String sourceUrl, String publisher, String via,
                              String translationKey, String seed, List<String> paragraphs,
                              String subtitle) {

    public ImportedArticle {
        topics = List.copyOf(topics);
        paragraphs = List.copyOf(paragraphs);
    }

    /** An article without a subtitle. */
    public ImportedArticle(String lang, String slug, String title, String author, LocalDate date,
                           List<String> topics, String sourceUrl, String publisher, String via,
                           String translationKey, String seed, List<String> paragraphs) {
        this(lang, slug, title, author, date, topics, sourceUrl, publisher, via, translationKey, seed, paragraphs,
                null);
    }

    /** The same article under another file name and with that name as its translation key. */
    public ImportedArticle withSlugAndKey(String newSlug) {
        return new ImportedArticle(lang, newSlug, title, author, date, topics, sourceUrl, publisher, via,
                newSlug, seed, paragraphs, subtitle);
    }

    /** The same article under another file name. */
    public ImportedArticle withSlug(String newSlug) {
        return new ImportedArticle(lang, newSlug, title, author, date, topics, sourceUrl, publisher, via,
                translationKey, seed, paragraphs, subtitle);
    }
}
