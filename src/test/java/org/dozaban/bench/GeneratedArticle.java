package org.dozaban.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of a generated corpus.
 *
 * @param lang           {@code en} or {@code fa}
 * @param slug           URL segment, shared by the two articles of a translation pair
 * @param translationKey shared by the two articles of a translation pair
 * @param title          plain text
 * @param date           publication date
 * @param topics         3 to 7 keys of {@link CorpusTopics#ALL}
 * @param author         author's name
 * @param translator     translator's name, or null for an original
 * @param sourceUrl      where the article was first published
 * @param publisher      who first published it
 * @param body           Markdown body
 */
public record GeneratedArticle(String lang, String slug, String translationKey, String title, LocalDate date,
        List<String> topics, String author, String translator, String sourceUrl, String publisher, String body) {

    public GeneratedArticle {
        topics = List.copyOf(topics);
    }

    /** The file name of the article in its language folder. */
    public String fileName() {
        return slug + ".md";
    }
}
