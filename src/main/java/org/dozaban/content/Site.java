package org.dozaban.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything loaded from {@code content/}: configuration, topic vocabulary and the articles the load
 * kept (by default the published ones: no drafts, nothing dated after today), sorted newest first,
 * undated last, then by slug; and what the load left out.
 */
public record Site(SiteConfig config, List<Topic> topics, List<Article> articles, LeftOut leftOut) {

    /** Newest first; undated articles after dated ones; ties by language then slug, for stable output. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::lang)
            .thenComparing(Article::slug);

    public Site {
        topics = topics.stream().sorted(Comparator.comparing(Topic::key)).toList();
        articles = articles.stream().sorted(NEWEST_FIRST).toList();
    }

    /** A site assembled without a schedule: nothing was left out and no article counts as scheduled. */
    public Site(SiteConfig config, List<Topic> topics, List<Article> articles) {
        this(config, topics, articles, LeftOut.none(LocalDate.MAX, config.timeZone()));
    }

    /** Whether {@code article} is dated after the day the site was loaded on, so not published yet. */
    public boolean isScheduled(Article article) {
        return article.date() != null && article.date().isAfter(leftOut.today());
    }

    /** Articles in {@code lang}, newest first. */
    public List<Article> articles(String lang) {
        return articles.stream().filter(a -> a.lang().equals(lang)).toList();
    }

    /** Other-language articles sharing {@code article}'s translation key, in site language order. */
    public List<Article> translations(Article article) {
        if (article.translationKey() == null) {
            return List.of();
        }
        return articles.stream()
                .filter(a -> a != article && Objects.equals(a.translationKey(), article.translationKey()))
                .sorted(Comparator.comparingInt(a -> config.languages().indexOf(a.lang())))
                .toList();
    }

    public Optional<Topic> topic(String key) {
        return topics.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Articles of every language tagged with {@code key}, newest first. */
    public List<Article> articlesWithTopic(String key) {
        return articles.stream().filter(a -> a.topics().contains(key)).toList();
    }
}
