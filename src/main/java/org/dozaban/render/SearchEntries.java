package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.dozaban.search.SearchDocument;
import org.dozaban.search.SearchDocument.Field;
import org.dozaban.search.SearchFiles;
import org.dozaban.text.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The search index files of a site: every article, newest first, with its title, author and
 * translator, topic names in every language, summary and body text.
 */
final class SearchEntries {

    /** Code points of an article's opening kept for result snippets. */
    static final int EXCERPT_LENGTH = 320;

    private final Rendering r;

    SearchEntries(Rendering r) {
        this.r = r;
    }

    List<Page> render() {
        List<String> languages = r.site().config().languages();
        List<SearchDocument> documents = r.site().articles().stream().map(a -> document(a, languages)).toList();
        List<Page> pages = new ArrayList<>();
        SearchFiles.write(documents, languages).forEach((path, content) -> pages.add(new Page(path, content)));
        return pages;
    }

    private SearchDocument document(Article article, List<String> languages) {
        Site site = r.site();
        Element html = Jsoup.parseBodyFragment(r.bodies().html(article)).body();
        html.select(".footnote-ref, .footnote-backref").remove();
        String body = html.text();
        List<String> dates = article.date() == null ? List.of()
                : languages.stream().map(lang -> Dates.format(article.date(), lang)).toList();
        List<String> topicNames = new ArrayList<>();
        for (String key : article.topics()) {
            site.topic(key).ifPresent(topic -> languages.forEach(lang -> topicNames.add(topic.name(lang))));
        }
        String people = String.join(" ", List.of(Objects.toString(article.author(), ""),
                Objects.toString(article.translator(), "")));
        List<Field> fields = List.of(
                new Field(article.title(), SearchDocument.TITLE),
                new Field(people, SearchDocument.PEOPLE),
                new Field(String.join(" ", topicNames), SearchDocument.TOPICS),
                new Field(r.bodies().summary(article), SearchDocument.SUMMARY),
                new Field(body, SearchDocument.BODY));
        String iso = article.date() == null ? "" : article.date().toString();
        return new SearchDocument(article.urlPath(), article.lang(), article.title(), iso, dates, excerpt(body), fields);
    }

    static String excerpt(String text) {
        String plain = text.strip();
        if (plain.codePointCount(0, plain.length()) <= EXCERPT_LENGTH) {
            return plain;
        }
        int limit = plain.offsetByCodePoints(0, EXCERPT_LENGTH);
        int space = plain.lastIndexOf(' ', limit);
        return plain.substring(0, space > EXCERPT_LENGTH / 2 ? space : limit) + " …";
    }
}
