package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.html.Video;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The link preview of an article page: its first image (else the site's), date, author and topics
 * for Open Graph, and a Schema.org {@code NewsArticle} in JSON-LD. An article with a translator is a
 * {@code translationOfWork} of its versions without one; those list it as a {@code workTranslation}.
 */
final class ArticlePreview {

    private final Chrome chrome;

    ArticlePreview(Chrome chrome) {
        this.chrome = chrome;
    }

    /**
     * {@code meta} with the article's preview; {@code html} is its rendered body, {@code translations} its
     * versions in other languages.
     */
    PageMeta apply(PageMeta meta, Article article, List<Article> translations, String html, List<String> topicNames) {
        Preview base = meta.preview();
        String image = base.image();
        String imageAlt = "";
        Element img = firstImage(html);
        if (img != null) {
            String src = img.attr("src");
            image = src.matches("(?i)https?://.*") ? src : chrome.absolute(article.urlPath()) + src;
            imageAlt = img.attr("alt");
        }
        List<String> authors = article.author() == null ? List.of() : List.of(article.author());
        String published = article.date() == null ? null : article.date().toString();
        String jsonLd = Json.write(newsArticle(meta, article, translations, image, authors, published));
        return meta.withPreview(new Preview(image, imageAlt, base.localeAlternates(), published, authors,
                topicNames, jsonLd));
    }

    /** The first image of the body that is not a video placeholder. */
    private static Element firstImage(String html) {
        if (!html.contains("<img")) {
            return null;
        }
        for (Element img : Jsoup.parseBodyFragment(html).select("img[src]")) {
            if (Video.of(img.attr("src")).isEmpty()) {
                return img;
            }
        }
        return null;
    }

    private Map<String, Object> newsArticle(PageMeta meta, Article article, List<Article> translations, String image,
                                            List<String> authors, String published) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("@id", meta.canonical());
        json.put("url", meta.canonical());
        json.put("mainEntityOfPage", meta.canonical());
        json.put("headline", article.title());
        json.put("inLanguage", article.lang());
        if (published != null) {
            json.put("datePublished", published);
            json.put("dateModified", published);
        }
        if (!meta.description().isEmpty()) {
            json.put("description", meta.description());
        }
        if (!authors.isEmpty()) {
            json.put("author", authors.stream().map(name -> person(name)).toList());
        }
        if (article.translator() != null) {
            json.put("translator", person(article.translator()));
        }
        json.put("publisher", publisher(article));
        if (image != null) {
            json.put("image", List.of(image));
        }
        translations(article, translations, json);
        return json;
    }

    private void translations(Article article, List<Article> translations, Map<String, Object> json) {
        List<Object> originals = new ArrayList<>();
        List<Object> translated = new ArrayList<>();
        for (Article other : translations) {
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "NewsArticle");
            work.put("@id", chrome.absolute(other.urlPath()));
            work.put("inLanguage", other.lang());
            if (article.translator() != null && other.translator() == null) {
                originals.add(work);
            } else if (article.translator() == null && other.translator() != null) {
                translated.add(work);
            }
        }
        if (!originals.isEmpty()) {
            json.put("translationOfWork", originals.size() == 1 ? originals.get(0) : originals);
        }
        if (!translated.isEmpty()) {
            json.put("workTranslation", translated);
        }
    }

    private Map<String, Object> publisher(Article article) {
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", Objects.requireNonNullElse(article.publisher(), chrome.config().title(article.lang())));
        if (article.publisher() == null) {
            publisher.put("url", chrome.absolute(""));
            Map<String, Object> logo = new LinkedHashMap<>(); // ordered: the same input gives the same bytes
            logo.put("@type", "ImageObject");
            logo.put("url", chrome.absolute("assets/favicon.svg"));
            publisher.put("logo", logo);
        }
        return publisher;
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", name);
        return person;
    }
}
