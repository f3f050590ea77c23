package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.dozaban.search.IndexedDocument;
import org.dozaban.search.SearchDocument;
import org.dozaban.search.SearchDocument.Field;
import org.dozaban.search.SearchFiles;
import org.dozaban.search.SearchIndex;
import org.dozaban.search.SnippetText;
import org.dozaban.work.Parallel;
import org.dozaban.text.Dates;
import org.dozaban.text.KeyHash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The search index files of a site: every article, oldest first, with its title, author and
 * translator, topic names in every language, summary and body text; and a file per article holding its
 * text, for the snippets of results.
 */
final class SearchEntries {

    /** Articles whose text is made at once. */
    static final int BATCH = 256;

    private final Rendering r;

    SearchEntries(Rendering r) {
        this.r = r;
    }

    /**
     * A task per index file. The articles are indexed a batch at a time, their texts made in parallel, so
     * that no more than a batch of article texts is held at once; each text file reads its text again
     * when it is written.
     */
    List<PageTask> tasks(Parallel parallel) throws IOException {
        List<String> languages = r.site().config().languages();
        // oldest first: a new article takes the next number, leaving the others' numbers, and files, as they were
        List<Article> articles = new ArrayList<>(r.site().articles());
        Collections.reverse(articles);
        SearchIndex index = new SearchIndex();
        List<PageTask> tasks = new ArrayList<>();
        for (int start = 0; start < articles.size(); start += BATCH) {
            List<Article> batch = articles.subList(start, Math.min(articles.size(), start + BATCH));
            List<Indexed> documents = documents(parallel, batch, languages);
            for (int i = 0; i < documents.size(); i++) {
                Indexed indexed = documents.get(i);
                Article article = batch.get(i);
                int number = index.add(indexed.document());
                // keyed by what the document is made from, so that its file is made only when rendered; its
                // text is read again then, not held by every task until the files are written
                String documentKey = indexed.key();
                String key = ViewKey.of("search text", number, documentKey);
                tasks.add(() -> new PageTask.Prepared(SnippetText.path(number), null, null, key,
                        () -> SnippetText.file(number, encodedText(article, documentKey, languages))));
            }
        }
        SearchFiles.files(index, languages).forEach((path, file) -> tasks.add(task(path, file)));
        return tasks;
    }

    /** A task for an index file, whose text is made when the task is prepared. */
    private static PageTask task(String path, Supplier<String> file) {
        return () -> {
            String content = file.get();
            return new PageTask.Prepared(path, null, null, ViewKey.of("search index", content), () -> content);
        };
    }

    /** The article's text as its snippet file holds it: from the build cache, else made again. */
    private String encodedText(Article article, String key, List<String> languages) {
        return r.bodies().store().data(key).flatMap(IndexedDocument::read).map(IndexedDocument::encodedText)
                .orElseGet(() -> IndexedDocument.of(document(article, languages)).encodedText());
    }

    /** A document as the index takes it, with the key of what it is made from. */
    private record Indexed(String key, IndexedDocument.Terms document) {
    }

    private List<Indexed> documents(Parallel parallel, List<Article> batch, List<String> languages)
            throws IOException {
        try {
            return parallel.map(batch, article -> indexed(article, languages));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The article as the index takes it, from the build cache when nothing it is made from changed: its
     * body, its metadata, the names of its topics and the site's languages.
     */
    private Indexed indexed(Article article, List<String> languages) {
        // what the document is made from, and not the article's file, which is named as the content folder was given
        KeyHash inputs = new KeyHash().text("search").text(r.bodies().keyOf(article)).text(article.urlPath())
                .text(article.lang()).text(Objects.toString(article.title(), "")).text(Objects.toString(article.author(), ""))
                .text(Objects.toString(article.translator(), "")).text(Objects.toString(article.date(), ""))
                .text(languages.toString());
        for (String key : article.topics()) {
            r.site().topic(key).ifPresent(topic -> languages.forEach(lang -> inputs.text(topic.name(lang))));
        }
        String key = inputs.hex();
        Optional<IndexedDocument.Terms> cached = r.bodies().store().data(key).flatMap(IndexedDocument::readTerms);
        if (cached.isPresent()) {
            return new Indexed(key, cached.get());
        }
        IndexedDocument made = IndexedDocument.of(document(article, languages));
        r.bodies().store().putData(key, made.bytes());
        return new Indexed(key, made.terms());
    }

    private SearchDocument document(Article article, List<String> languages) {
        Site site = r.site();
        String body = r.bodies().searchText(article);
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
        return new SearchDocument(article.urlPath(), article.lang(), article.title(), iso, dates, body, fields);
    }
}
