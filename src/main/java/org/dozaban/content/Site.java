package org.dozaban.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything loaded from {@code content/}: configuration, topic vocabulary and the articles the load
 * kept (by default the published ones: no drafts, nothing dated after today), sorted newest first,
 * undated last, then by slug; and what the load left out.
 *
 * <p>The articles are indexed once, here: by language, by topic and by translation key, so that no
 * page scans the whole archive. The lists returned are unmodifiable and shared.
 *
 * <p>Beside the articles: the standalone pages, which are never listed with them, sorted by language and
 * slug; and the addresses the site published before ({@link UrlLedger}).
 */
public final class Site {

    /** Newest first; undated articles after dated ones; ties by language then slug, for stable output. */
    public static final Comparator<Article> NEWEST_FIRST = Site::newestFirst;

    /**
     * Newer dates first, undated articles last; then by language code, then by slug. Written out rather
     * than chained from comparators, which the quick compiler leaves as several calls per comparison.
     */
    private static int newestFirst(Article a, Article b) {
        LocalDate dateA = a.date();
        LocalDate dateB = b.date();
        if (dateA == null || dateB == null) {
            if (dateA != dateB) {
                return dateA == null ? 1 : -1;
            }
        } else {
            int dates = dateB.compareTo(dateA);
            if (dates != 0) {
                return dates;
            }
        }
        int langs = a.lang().compareTo(b.lang());
        return langs != 0 ? langs : a.slug().compareTo(b.slug());
    }

    private final SiteConfig config;
    private final List<Topic> topics;
    private final List<Article> articles;
    private final Map<String, Topic> topicsByKey = new HashMap<>();
    private final Map<String, List<Article>> byLanguage = new HashMap<>();
    private final Map<String, LanguageGroups> byTopic = new HashMap<>();
    private final Map<String, List<Article>> byTranslationKey = new HashMap<>();
    private final Map<Article, Integer> ordinals = new IdentityHashMap<>();
    private final List<Article> pages;
    private final UrlLedger urls;
    private final LeftOut leftOut;
    private final People people;

    /** A site assembled without a schedule: nothing was left out and no article counts as scheduled. */
    public Site(SiteConfig config, List<Topic> topics, List<Article> articles) {
        this(config, topics, articles, LeftOut.none(LocalDate.MAX, config.timeZone()));
    }

    /** A site without published addresses of its own. */
    public Site(SiteConfig config, List<Topic> topics, List<Article> articles, List<Article> pages) {
        this(config, topics, articles, pages, UrlLedger.EMPTY);
    }

    /** A site assembled without a schedule, with standalone pages and the addresses published before. */
    public Site(SiteConfig config, List<Topic> topics, List<Article> articles, List<Article> pages, UrlLedger urls) {
        this(config, topics, articles, LeftOut.none(LocalDate.MAX, config.timeZone()), pages, urls);
    }

    /** @param leftOut what the load left out, and the day it took as today */
    public Site(SiteConfig config, List<Topic> topics, List<Article> articles, LeftOut leftOut) {
        this(config, topics, articles, leftOut, List.of(), UrlLedger.EMPTY);
    }

    /**
     * @param leftOut what the load left out, and the day it took as today
     * @param pages   the standalone pages
     * @param urls    the addresses published before
     */
    public Site(SiteConfig config, List<Topic> topics, List<Article> articles, LeftOut leftOut, List<Article> pages,
                UrlLedger urls) {
        this(config, topics, articles, leftOut, pages, urls, People.NONE);
    }

    /**
     * @param leftOut what the load left out, and the day it took as today
     * @param pages   the standalone pages
     * @param urls    the addresses published before
     * @param people  the people of {@code authors.yaml}, whose names in several languages share one page
     */
    public Site(SiteConfig config, List<Topic> topics, List<Article> articles, LeftOut leftOut, List<Article> pages,
                UrlLedger urls, People people) {
        this.people = people;
        this.pages = pages.stream().sorted(Comparator.comparing(Article::lang).thenComparing(Article::slug)).toList();
        this.urls = urls;
        this.config = config;
        this.leftOut = leftOut;
        this.topics = topics.stream().sorted(Comparator.comparing(Topic::key)).toList();
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(NEWEST_FIRST);
        this.articles = Collections.unmodifiableList(sorted);
        this.topics.forEach(t -> topicsByKey.put(t.key(), t));
        Map<String, List<Article>> lang = new LinkedHashMap<>();
        Map<String, LanguageGroups.Builder> topic = new HashMap<>();
        Map<String, List<Article>> translation = new HashMap<>();
        for (int i = 0; i < this.articles.size(); i++) {
            Article article = this.articles.get(i);
            ordinals.put(article, i);
            lang.computeIfAbsent(article.lang(), k -> new ArrayList<>()).add(article);
            for (String key : article.topics()) {
                topic.computeIfAbsent(key, k -> new LanguageGroups.Builder()).add(article);
            }
            if (article.translationKey() != null) {
                translation.computeIfAbsent(article.translationKey(), k -> new ArrayList<>()).add(article);
            }
        }
        lang.forEach((k, v) -> byLanguage.put(k, Collections.unmodifiableList(v)));
        topic.forEach((k, v) -> byTopic.put(k, v.build()));
        Comparator<Article> siteOrder = Comparator.comparingInt(a -> config.languages().indexOf(a.lang()));
        translation.forEach((k, v) -> {
            v.sort(siteOrder);
            byTranslationKey.put(k, Collections.unmodifiableList(v));
        });
    }

    public SiteConfig config() {
        return config;
    }

    /** The people of {@code authors.yaml}; {@link People#NONE} without one. */
    public People people() {
        return people;
    }

    /** The drafts and scheduled articles the load left out, and the day it took as today. */
    public LeftOut leftOut() {
        return leftOut;
    }

    /** Whether {@code article} is dated after the day the site was loaded on, so not published yet. */
    public boolean isScheduled(Article article) {
        return article.date() != null && article.date().isAfter(leftOut.today());
    }

    /** The topic vocabulary, sorted by key. */
    public List<Topic> topics() {
        return topics;
    }

    /** Every article the load kept, newest first. */
    public List<Article> articles() {
        return articles;
    }

    /** Articles in {@code lang}, newest first. */
    public List<Article> articles(String lang) {
        return byLanguage.getOrDefault(lang, List.of());
    }

    /** The standalone pages, by language and slug. */
    public List<Article> pages() {
        return pages;
    }

    /** Standalone pages in {@code lang}, by slug. */
    public List<Article> pages(String lang) {
        return pages.stream().filter(p -> p.lang().equals(lang)).toList();
    }

    /** The addresses published before this build. */
    public UrlLedger urls() {
        return urls;
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

    /** Other-language articles sharing {@code article}'s translation key, in site language order. */
    public List<Article> translations(Article article) {
        if (article.translationKey() == null) {
            return List.of();
        }
        if (article.standalone()) {
            return pages.stream().filter(p -> p != article && article.translationKey().equals(p.translationKey()))
                    .sorted(Comparator.comparingInt(p -> config.languages().indexOf(p.lang()))).toList();
        }
        List<Article> group = byTranslationKey.getOrDefault(article.translationKey(), List.of());
        if (group.size() <= 1) {
            return List.of();
        }
        // asked for by every page of an article and of its neighbours: a loop, not a stream
        List<Article> others = new ArrayList<>(group.size() - 1);
        for (Article other : group) {
            if (other != article) {
                others.add(other);
            }
        }
        return Collections.unmodifiableList(others);
    }

    /**
     * Whether {@code article}, an article of the site in another language, has a version in {@code lang}: as
     * {@link #translations} would tell, without making the list.
     */
    public boolean hasTranslationIn(Article article, String lang) {
        if (article.translationKey() == null || article.standalone()) {
            return translations(article).stream().anyMatch(t -> t.lang().equals(lang));
        }
        for (Article other : byTranslationKey.getOrDefault(article.translationKey(), List.of())) {
            if (other != article && other.lang().equals(lang)) {
                return true;
            }
        }
        return false;
    }

    public Optional<Topic> topic(String key) {
        return Optional.ofNullable(topicsByKey.get(key));
    }

    /** Articles of every language tagged with {@code key}, newest first. */
    public List<Article> articlesWithTopic(String key) {
        return topicGroups(key).all();
    }

    /** The articles tagged with {@code key}, as {@link #articlesWithTopic}, and by language. */
    public LanguageGroups topicGroups(String key) {
        return byTopic.getOrDefault(key, LanguageGroups.NONE);
    }

    /** How many articles of every language are tagged with {@code key}. */
    public int topicCount(String key) {
        return articlesWithTopic(key).size();
    }

    /** The article's position in {@link #articles()}, a stable index for per-article tables. */
    public int ordinal(Article article) {
        int ordinal = indexOf(article);
        if (ordinal < 0) {
            throw new IllegalArgumentException("not an article of this site: " + article.file());
        }
        return ordinal;
    }

    /** The article's position in {@link #articles()}, or -1 when it is not one of them (this very object). */
    public int indexOf(Article article) {
        Integer ordinal = ordinals.get(article);
        return ordinal == null ? -1 : ordinal;
    }
}
