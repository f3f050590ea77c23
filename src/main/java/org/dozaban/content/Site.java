package org.dozaban.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything loaded from {@code content/}: configuration, topic vocabulary and the published articles
 * (drafts excluded), sorted newest first, undated last, then by slug; and the standalone pages, which
 * are never listed with the articles, sorted by language and slug; and the addresses published before.
 */
public record Site(SiteConfig config, List<Topic> topics, List<Article> articles, List<Article> pages,
                   UrlLedger urls) {

    /** Newest first; undated articles after dated ones; ties by language then slug, for stable output. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::lang)
            .thenComparing(Article::slug);

    public Site {
        topics = topics.stream().sorted(Comparator.comparing(Topic::key)).toList();
        articles = articles.stream().sorted(NEWEST_FIRST).toList();
        pages = pages.stream().sorted(Comparator.comparing(Article::lang).thenComparing(Article::slug)).toList();
    }

    /** A site without standalone pages. */
    public Site(SiteConfig config, List<Topic> topics, List<Article> articles) {
        this(config, topics, articles, List.of(), UrlLedger.EMPTY);
    }

    /** A site without published addresses of its own. */
    public Site(SiteConfig config, List<Topic> topics, List<Article> articles, List<Article> pages) {
        this(config, topics, articles, pages, UrlLedger.EMPTY);
    }

    /** Standalone pages in {@code lang}, by slug. */
    public List<Article> pages(String lang) {
        return pages.stream().filter(p -> p.lang().equals(lang)).toList();
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
        return (article.standalone() ? pages : articles).stream()
                .filter(a -> a != article && Objects.equals(a.translationKey(), article.translationKey()))
                .sorted(Comparator.comparingInt(a -> config.languages().indexOf(a.lang())))
                .toList();
    }

    /**
     * The files published beside {@code article}'s page, by path relative to the page's folder: those of
     * its own bundle, then those of its translations' bundles that it does not have itself, so that
     * translations share one copy of their images in the content folder.
     */
    public Map<String, Path> files(Article article) {
        Map<String, Path> files = new TreeMap<>();
        List<Article> owners = new ArrayList<>();
        owners.add(article);
        owners.addAll(translations(article));
        for (Article owner : owners) {
            if (owner.bundle() != null) {
                owner.bundleFiles().forEach(name -> files.putIfAbsent(name, owner.bundle().resolve(name)));
            }
        }
        return files;
    }

    public Optional<Topic> topic(String key) {
        return topics.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Articles of every language tagged with {@code key}, newest first. */
    public List<Article> articlesWithTopic(String key) {
        return articles.stream().filter(a -> a.topics().contains(key)).toList();
    }
}
