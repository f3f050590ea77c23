package org.dozaban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.dozaban.bench.CorpusGenerator.quoted;

/**
 * Writes a generated corpus as a Hugo site that makes the same kinds of pages as Dozaban: an article
 * page per article with its translations, older and newer links; a paginated home per language; the
 * topic index and a paginated page per topic listing the topic's articles in every language; a feed
 * per language, the sitemap, robots.txt and a 404 page. Links are relative, as Dozaban's are, and the
 * stylesheet and fonts are copied as static files.
 */
final class HugoSite {

    private final Path root;

    private HugoSite(Path root) {
        this.root = root;
    }

    /** Writes the configuration, layouts, interface strings, topic pages and {@code assets}. */
    static HugoSite create(Path root, Path assets) throws IOException {
        HugoSite site = new HugoSite(root);
        site.write("config.toml", CONFIG);
        site.write("i18n/en.yaml", STRINGS_EN);
        site.write("i18n/fa.yaml", STRINGS_FA);
        site.write("layouts/_default/baseof.html", BASEOF);
        site.write("layouts/_default/single.html", SINGLE);
        site.write("layouts/_default/list.html", TERM);
        site.write("layouts/_default/terms.html", TERMS);
        site.write("layouts/index.html", HOME);
        site.write("layouts/404.html", NOT_FOUND);
        site.write("layouts/partials/entry.html", ENTRY);
        site.write("layouts/partials/topic-pages.html", TOPIC_PAGES);
        site.write("content/en/topics/_index.md", "---\ntitle: Topics\n---\n");
        site.write("content/fa/topics/_index.md", "---\ntitle: موضوع‌ها\n---\n");
        for (CorpusTopics.Topic topic : CorpusTopics.ALL) {
            site.write("content/en/topics/" + topic.key() + "/_index.md", "---\ntitle: " + quoted(topic.en()) + "\n---\n");
            site.write("content/fa/topics/" + topic.key() + "/_index.md", "---\ntitle: " + quoted(topic.fa()) + "\n---\n");
        }
        OutputTree.copy(assets, root.resolve("static/assets"));
        return site;
    }

    /** Writes {@code article} as a page of the {@code articles} section of its language. */
    void writeArticle(GeneratedArticle a) throws IOException {
        StringBuilder page = new StringBuilder("---\n");
        page.append("title: ").append(quoted(a.title())).append('\n');
        page.append("date: ").append(a.date()).append('\n');
        page.append("slug: ").append(quoted(a.slug())).append('\n');
        page.append("translationKey: ").append(quoted(a.translationKey())).append('\n');
        page.append("topics: [").append(String.join(", ", a.topics())).append("]\n");
        page.append("author: ").append(quoted(a.author())).append('\n');
        if (a.translator() != null) {
            page.append("translator: ").append(quoted(a.translator())).append('\n');
        }
        page.append("sourceUrl: ").append(quoted(a.sourceUrl())).append('\n');
        page.append("publisher: ").append(quoted(a.publisher())).append('\n');
        page.append("---\n\n").append(a.body());
        write(articleFile(root, a), page.toString());
    }

    /** Where {@link #writeArticle} writes {@code a} in the Hugo site at {@code root}. */
    static Path articleFile(Path root, GeneratedArticle a) {
        return root.resolve("content").resolve(a.lang()).resolve("articles").resolve(a.fileName());
    }

    private void write(String path, String text) throws IOException {
        write(root.resolve(path), text);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static final String CONFIG = """
            baseURL = "%s"
            defaultContentLanguage = "fa"
            defaultContentLanguageInSubdir = true
            relativeURLs = true
            paginate = %d
            enableRobotsTXT = true
            disableKinds = ["section"]

            [taxonomies]
              topic = "topics"

            [permalinks]
              articles = "/:year/:month/:slug/"

            [outputs]
              home = ["HTML", "RSS"]
              page = ["HTML"]
              taxonomy = ["HTML"]
              term = ["HTML"]

            [services.rss]
              limit = %d

            [languages.fa]
              contentDir = "content/fa"
              languageName = "فارسی"
              languageDirection = "rtl"
              weight = 1
              title = %s
              [languages.fa.params]
                description = %s

            [languages.en]
              contentDir = "content/en"
              languageName = "English"
              languageDirection = "ltr"
              weight = 2
              title = %s
              [languages.en.params]
                description = %s
            """.formatted(CorpusGenerator.BASE_URL, CorpusGenerator.PAGE_SIZE, CorpusGenerator.PAGE_SIZE,
            quoted(CorpusGenerator.TITLE_FA), quoted(CorpusGenerator.DESCRIPTION_FA),
            quoted(CorpusGenerator.TITLE_EN), quoted(CorpusGenerator.DESCRIPTION_EN));

    private static final String STRINGS_EN = """
            skipToContent: Skip to content
            home: Home
            topics: Topics
            latest: Latest articles
            by: By
            translatedBy: Translator
            publishedBy: Original publisher
            originalSource: Original article
            translations: This article in other languages
            newer: Newer
            older: Older
            footerNote: A bilingual archive
            notFound: This page does not exist.
            """;

    private static final String STRINGS_FA = """
            skipToContent: رفتن به محتوا
            home: خانه
            topics: موضوع‌ها
            latest: تازه‌ترین مقاله‌ها
            by: نوشتهٔ
            translatedBy: مترجم
            publishedBy: ناشر اصلی
            originalSource: مقالهٔ اصلی
            translations: این مقاله به زبان‌های دیگر
            newer: تازه‌تر
            older: قدیمی‌تر
            footerNote: بایگانی دوزبانه
            notFound: این صفحه وجود ندارد.
            """;

    private static final String BASEOF = """
            <!DOCTYPE html>
            <html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
            {{ $description := .Site.Params.description }}{{ if .IsPage }}{{ $description = .Summary | plainify }}{{ end }}
            <meta name="description" content="{{ $description }}">
            <link rel="canonical" href="{{ .Permalink }}">
            {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
            {{ end }}{{ with .Site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}" title="{{ $.Site.Title }}">{{ end }}
            <meta property="og:site_name" content="{{ .Site.Title }}">
            <meta property="og:title" content="{{ .Title }}">
            <meta property="og:description" content="{{ $description }}">
            <meta property="og:url" content="{{ .Permalink }}">
            <link rel="stylesheet" href="{{ "assets/style.css" | relURL }}">
            </head>
            <body class="lang-{{ .Language.Lang }}">
            <a class="skip-link" href="#main">{{ i18n "skipToContent" }}</a>
            <header class="site-header"><div class="wrap site-header__inner">
            <a class="site-title" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
            <nav class="site-nav"><ul>
            <li><a href="{{ .Site.Home.RelPermalink }}">{{ i18n "home" }}</a></li>
            <li><a href="{{ "topics/" | relLangURL }}">{{ i18n "topics" }}</a></li>
            </ul></nav>
            {{ with .Translations }}<nav class="language-switch"><ul>{{ range . }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>{{ end }}
            </div></header>
            <main id="main" class="wrap" tabindex="-1">
            {{ block "main" . }}{{ end }}
            </main>
            <footer class="site-footer"><div class="wrap">
            <p><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a> · {{ i18n "footerNote" }}{{ with .Site.Home.OutputFormats.Get "rss" }} · <a class="feed-link" href="{{ .RelPermalink }}">RSS</a>{{ end }}</p>
            </div></footer>
            </body>
            </html>
            """;

    private static final String SINGLE = """
            {{ define "main" }}
            <article class="article" lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection }}">
            <header class="article__header">
            <ul class="tags">{{ range .GetTerms "topics" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
            <h1 class="article__title">{{ .Title }}</h1>
            <p class="article__byline">{{ with .Params.author }}<span class="article__author">{{ i18n "by" }} <bdi>{{ . }}</bdi></span>{{ end }}
            <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time></p>
            </header>
            <div class="article__body">
            {{ .Content }}
            </div>
            <footer class="article__credits"><dl>
            {{ with .Params.translator }}<div><dt>{{ i18n "translatedBy" }}</dt><dd><bdi>{{ . }}</bdi></dd></div>{{ end }}
            {{ with .Params.publisher }}<div><dt>{{ i18n "publishedBy" }}</dt><dd><bdi>{{ . }}</bdi></dd></div>{{ end }}
            {{ with .Params.sourceUrl }}<div><dt>{{ i18n "originalSource" }}</dt><dd><a class="url" href="{{ . }}" dir="ltr">{{ . }}</a></dd></div>{{ end }}
            </dl></footer>
            </article>
            {{ with .Translations }}<aside class="translations"><h2>{{ i18n "translations" }}</h2><ul>
            {{ range . }}<li><span class="translations__language">{{ .Language.LanguageName }}</span> <a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Title }}</a></li>{{ end }}
            </ul></aside>{{ end }}
            <nav class="article-nav"><ul>
            {{ with .NextInSection }}<li class="article-nav__older"><a href="{{ .RelPermalink }}" rel="prev">{{ i18n "older" }} <span>{{ .Title }}</span></a></li>{{ end }}
            {{ with .PrevInSection }}<li class="article-nav__newer"><a href="{{ .RelPermalink }}" rel="next">{{ i18n "newer" }} <span>{{ .Title }}</span></a></li>{{ end }}
            </ul></nav>
            {{ end }}
            """;

    private static final String ENTRY = """
            {{ $page := .page }}{{ with .entry }}
            <li class="entry"{{ if ne .Language.Lang $page.Language.Lang }} lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection }}"{{ end }}>
            <h2 class="entry__title"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <p class="entry__meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time>
            {{ with .Params.author }}<span class="entry__author"><bdi>{{ . }}</bdi></span>{{ end }}</p>
            <p class="entry__summary">{{ .Summary | plainify }}</p>
            </li>{{ end }}
            """;

    private static final String HOME = """
            {{ define "main" }}
            <h1 class="visually-hidden">{{ .Site.Title }}</h1>
            <p class="lede">{{ .Site.Params.description }}</p>
            <section><h2 class="section-title">{{ i18n "latest" }}</h2>
            {{ $paginator := .Paginate (where .Site.RegularPages "Section" "articles") }}
            <ol class="entries">{{ range $paginator.Pages }}{{ partial "entry.html" (dict "entry" . "page" $) }}{{ end }}</ol>
            {{ template "_internal/pagination.html" . }}
            </section>
            <aside class="home__topics"><h2 class="section-title">{{ i18n "topics" }}</h2><ul class="topic-list">
            {{ range .Site.Taxonomies.topics.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> <span class="count">{{ .Count }}</span></li>{{ end }}
            </ul></aside>
            {{ end }}
            """;

    private static final String TERMS = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul class="topic-list">
            {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> <span class="count">{{ .Count }}</span></li>{{ end }}
            </ul>
            {{ end }}
            """;

    private static final String TERM = """
            {{ define "main" }}
            <p class="breadcrumb"><a href="{{ "topics/" | relLangURL }}">{{ i18n "topics" }}</a></p>
            <h1>{{ .Title }}</h1>
            {{ $paginator := .Paginate (partialCached "topic-pages.html" . .Data.Term .Language.Lang) }}
            <ol class="entries">{{ range $paginator.Pages }}{{ partial "entry.html" (dict "entry" . "page" $) }}{{ end }}</ol>
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """;

    /** A topic's articles in every language, newest first; computed once per topic and language. */
    private static final String TOPIC_PAGES = """
            {{ $pages := .Pages }}
            {{ range .Sites }}{{ if ne .Language.Lang $.Language.Lang }}{{ with index .Taxonomies.topics $.Data.Term }}{{ $pages = $pages | append .Pages }}{{ end }}{{ end }}{{ end }}
            {{ return $pages.ByDate.Reverse }}
            """;

    private static final String NOT_FOUND = """
            {{ define "main" }}
            <h1>404</h1>
            <p>{{ i18n "notFound" }}</p>
            <p><a href="{{ .Site.Home.RelPermalink }}">{{ i18n "home" }}</a></p>
            {{ end }}
            """;
}
