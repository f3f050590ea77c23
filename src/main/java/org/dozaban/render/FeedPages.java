package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.SiteConfig;
import org.dozaban.content.Site;
import org.dozaban.html.Direction;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An Atom 1.0 feed per language, {@code <lang>/feed.xml}: the newest dated articles of that language,
 * as many as the home page shows as latest ({@code pageSize}). Undated articles are left out, since
 * every Atom entry needs a date and inventing one would announce an old article as new; a language
 * with no dated article has no feed.
 */
final class FeedPages {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String TYPE = "application/atom+xml";

    private final Rendering r;
    private final SiteConfig config;
    /**
     * The newest articles are in their language's feed and in each of their topics' (in the benchmark's
     * 10,000-article archive, 400 articles make the 1,640 entries of 82 feeds), and an entry is the same in
     * every feed: it is made once and kept for the other feeds that show it.
     */
    private final SharedText sharedEntries = new SharedText(8_000_000);

    FeedPages(Rendering r) {
        this.r = r;
        this.config = r.site().config();
    }

    /** Site-relative path of the feed of {@code lang}. */
    static String path(String lang) {
        return lang + "/feed.xml";
    }

    /** The languages that get a feed: those with a dated article. */
    static Set<String> languages(Site site) {
        Set<String> languages = new TreeSet<>();
        site.articles().stream().filter(a -> a.date() != null).forEach(a -> languages.add(a.lang()));
        return languages;
    }

    /** A task per language with dated articles. */
    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        for (String lang : config.languages()) {
            List<Article> entries = entries(lang);
            if (!entries.isEmpty()) {
                uses(entries);
                tasks.add(() -> prepare(lang, entries));
            }
        }
        return tasks;
    }

    /**
     * The feed, keyed by the site settings and, per entry, everything it shows: the article's metadata,
     * its body's key, its summary, its translations' addresses and its topics' names.
     */
    private PageTask.Prepared prepare(String lang, List<Article> entries) {
        return prepare(path(lang), lang, config.title(lang), config.description(lang), Chrome.homePath(lang), entries);
    }

    /**
     * A feed of {@code entries}, newest first, at least one, keyed as {@link #prepare(String, List)} is.
     *
     * @param selfPath site-relative path of the feed
     * @param pagePath site-relative folder of the page the feed follows
     */
    PageTask.Prepared prepare(String selfPath, String lang, String title, String subtitle, String pagePath,
                              List<Article> entries) {
        List<Object> parts = new ArrayList<>(List.of("feed", selfPath, lang, title, subtitle, pagePath, config));
        for (Article article : entries) {
            parts.addAll(Arrays.asList(article.title(), article.lang(), article.urlPath(), article.date(),
                    article.author(), article.translator(), article.topics()));
            parts.add(ArticleBodies.key(article));
            parts.add(r.bodies().summary(article));
            r.site().translations(article).forEach(t -> parts.add(t.urlPath()));
            article.topics().forEach(key -> parts.add(r.site().topic(key).map(t -> t.name(article.lang())).orElse(key)));
        }
        return new PageTask.Prepared(selfPath, null, ViewKey.of(parts.toArray()),
                () -> feed(lang, title, subtitle, selfPath, pagePath, entries));
    }

    /** Counts the entries of a feed whose task is made: an entry rendered for it is kept for the others. */
    void uses(List<Article> articles) {
        articles.forEach(article -> sharedEntries.expect(article.urlPath()));
    }

    /** Newest first, as {@link Site#articles(String)} sorts them. */
    private List<Article> entries(String lang) {
        return r.site().articles(lang).stream()
                .filter(a -> a.date() != null)
                .limit(config.pageSize())
                .toList();
    }

    private String feed(String lang, String title, String subtitle, String selfPath, String pagePath, List<Article> entries) {
        String home = config.baseUrl() + pagePath;
        String self = config.baseUrl() + selfPath;
        XmlWriter xml = XmlWriter.document("feed", ATOM).xmlAttribute("lang", lang)
                .element("id", self)
                .element("title", title);
        if (!subtitle.isEmpty()) {
            xml.element("subtitle", subtitle);
        }
        xml.empty("link").attribute("rel", "self").attribute("type", TYPE).attribute("href", self);
        xml.empty("link").attribute("rel", "alternate").attribute("type", "text/html").attribute("href", home);
        xml.element("updated", timestamp(entries.get(0).date()));
        // Atom needs an author for every entry; the site stands in for articles that name none.
        xml.open("author").element("name", config.title(lang)).element("uri", home).close();
        xml.element("generator", "Dozaban");
        for (Article article : entries) {
            xml.fragment(entry(article));
        }
        return xml.finish();
    }

    /** The entry of {@code article}, as kept for another feed, else made. */
    private String entry(Article article) {
        return sharedEntries.take(article.urlPath(), () -> newEntry(article));
    }

    private String newEntry(Article article) {
        XmlWriter xml = XmlWriter.fragment(1);
        String url = config.baseUrl() + article.urlPath();
        String date = timestamp(article.date());
        xml.open("entry")
                .element("id", url)
                .element("title", Direction.title(article.title(), article.lang()));
        alternate(xml, article);
        r.site().translations(article).forEach(t -> alternate(xml, t));
        xml.element("published", date).element("updated", date);
        person(xml, "author", article.author());
        person(xml, "contributor", article.translator());
        for (String key : article.topics()) {
            String name = r.site().topic(key).map(t -> t.name(article.lang())).orElse(key);
            xml.empty("category").attribute("term", key)
                    .attribute("scheme", config.baseUrl() + Chrome.topicsPath(article.lang()))
                    .attribute("label", name);
        }
        xml.element("summary", r.bodies().summary(article));
        xml.open("content").attribute("type", "html").xmlAttribute("base", url)
                .text(r.bodies().html(article)).close();
        return xml.close().fragmentText();
    }

    /** Alternate links differ by {@code hreflang}, as Atom requires of several alternates. */
    private void alternate(XmlWriter xml, Article article) {
        xml.empty("link").attribute("rel", "alternate").attribute("type", "text/html")
                .attribute("hreflang", article.lang()).attribute("href", config.baseUrl() + article.urlPath());
    }

    private static void person(XmlWriter xml, String role, String name) {
        if (name != null && !name.isBlank()) {
            xml.open(role).element("name", name.strip()).close();
        }
    }

    /** Articles carry a day, not a time: midnight UTC of that day, the same on every build. */
    static String timestamp(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }
}
