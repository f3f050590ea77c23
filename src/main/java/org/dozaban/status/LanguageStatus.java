package org.dozaban.status;

import org.dozaban.content.Article;

import java.time.LocalDate;
import java.util.List;

/**
 * The translation status of one language.
 *
 * @param lang          the language
 * @param articles      how many published articles it has
 * @param untranslated  articles of other languages with no version in this one, in site order
 * @param stale         translations in this language whose original changed after them
 * @param topicsDiffer  articles in this language whose topics differ from a translation's
 */
public record LanguageStatus(String lang, int articles, List<Article> untranslated, List<Stale> stale,
        List<TopicsDiffer> topicsDiffer) {

    public LanguageStatus {
        untranslated = List.copyOf(untranslated);
        stale = List.copyOf(stale);
        topicsDiffer = List.copyOf(topicsDiffer);
    }

    /**
     * A translation older than a change to its original.
     *
     * @param translation     the translation
     * @param original        its original
     * @param translated      when the translation was last brought up to date
     * @param originalChanged when the original last changed
     * @param source          where the dates come from: {@code git}, or {@code translated} (the front matter
     *                        date against the original file's modification time)
     */
    public record Stale(Article translation, Article original, LocalDate translated, LocalDate originalChanged,
            String source) {
    }

    /**
     * An article and a translation of it with different topics.
     *
     * @param article the article in this language
     * @param other   its translation
     */
    public record TopicsDiffer(Article article, Article other) {
    }
}
