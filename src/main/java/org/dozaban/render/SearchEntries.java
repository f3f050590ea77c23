package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.Site;
import org.dozaban.search.IndexedDocument;
import org.dozaban.search.SearchDocument;
import org.dozaban.search.SearchDocument.Field;
import org.dozaban.search.SearchFiles;
import org.dozaban.search.SearchIndex;
import org.dozaban.search.SnippetText;
import org.dozaban.work.ByteReader;
import org.dozaban.work.Parallel;
import org.dozaban.text.Dates;
import org.dozaban.text.KeyHash;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The search index files of a site: every article, oldest first, with its title, author and
 * translator, topic names in every language, summary and body text; and a file per article holding its
 * text, for the snippets of results.
 */
final class SearchEntries {

    /** Articles whose terms are made at once, at most. */
    static final int WINDOW = 256;

    /** Where the build cache keeps the index of a recent build, with the keys of its documents. */
    private static final String LAST_INDEX = KeyHash.of("search index");

    /**
     * The kept index is replaced once this many documents, or a sixteenth of its own, follow its documents
     * or were put in the place of its own: until then a build adds or puts in those documents again, from
     * their entries in the build cache, rather than write the whole index for each new or edited article.
     */
    static final int KEPT_INDEX_BEHIND = 64;

    private final Rendering r;

    SearchEntries(Rendering r) {
        this.r = r;
    }

    /**
     * A task per index file. The articles' terms are made in parallel and added to the index in order as
     * they come, no more than {@link #WINDOW} of them held at once; each text file reads its text again
     * when it is written. When the articles begin with the documents of the index kept in the build cache,
     * from the same inputs but for a few with the same numbers, that index is taken up, those few put in
     * their places, and only the articles after them are added: as when articles newer than all others were
     * added, or articles edited, since. The index is kept again when many are added or put in.
     */
    List<PageTask> tasks(Parallel parallel) throws IOException {
        List<String> languages = r.site().config().languages();
        // oldest first: a new article takes the next number, leaving the others' numbers, and files, as they were
        List<Article> articles = new ArrayList<>(r.site().articles());
        Collections.reverse(articles);
        List<String> keys = onThreads(() -> parallel.map(articles, article -> documentKey(article, languages)));
        Optional<Kept> kept = lastIndex(keys, articles, languages);
        SearchIndex index = kept.map(Kept::index).orElseGet(SearchIndex::new);
        int taken = index.documents().size();
        int replaced = kept.map(Kept::replaced).orElse(0);
        List<PageTask> tasks = new ArrayList<>();
        for (int number = 0; number < taken; number++) {
            tasks.add(textTask(number, articles.get(number), keys.get(number), languages));
        }
        List<Integer> added = IntStream.range(taken, articles.size()).boxed().toList();
        // each article's terms made on the threads, added to the index here as soon as they are made
        onThreads(() -> {
            parallel.inOrder(added, WINDOW, i -> terms(articles.get(i), keys.get(i), languages), document -> {
                int number = index.add(document);
                tasks.add(textTask(number, articles.get(number), keys.get(number), languages));
            });
            return null;
        });
        if (taken == 0 || keepAgain(taken, articles.size() - taken + replaced)) {
            r.bodies().store().putData(LAST_INDEX, out -> {
                DataOutputStream data = new DataOutputStream(out);
                data.writeInt(keys.size());
                for (String key : keys) {
                    ByteReader.writeString(data, key);
                }
                index.write(data);
                data.flush();
            });
        }
        // a document's key covers its row in a document file: the article's address, language, title and date
        SearchFiles.keyedFiles(index, languages, keys).forEach((path, file) -> tasks.add(file.key() == null
                ? task(path, file.content())
                : () -> new PageTask.Prepared(path, null, ViewKey.of("search file", file.key()),
                        () -> file.content().get())));
        return tasks;
    }

    /**
     * Whether an index of {@code kept} documents is kept again when {@code behind} documents differ from
     * it: those added after its own, and those of its own put in the place of others.
     */
    static boolean keepAgain(int kept, int behind) {
        return behind >= KEPT_INDEX_BEHIND || behind * 16L >= kept;
    }

    /**
     * The index kept in the build cache and brought up to date, with how many of its documents were
     * replaced.
     */
    private record Kept(SearchIndex index, int replaced) {
    }

    /**
     * The index kept in the build cache, when its documents are those {@code keys} begin with but for at
     * most {@link #KEPT_INDEX_BEHIND}, each with the same number: those are put in their places, with
     * their old terms, as the cache has them, taken out; as when articles were edited, keeping their
     * places. Else empty: when articles were removed, or added or moved among the others, the numbers of
     * the documents after them changed, and the index is made again.
     */
    private Optional<Kept> lastIndex(List<String> keys, List<Article> articles, List<String> languages) {
        Optional<byte[]> stored = r.bodies().store().data(LAST_INDEX);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            ByteReader in = new ByteReader(stored.get());
            int count = in.readInt();
            if (count > keys.size()) {
                return Optional.empty();
            }
            Map<Integer, String> differing = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                String key = in.readString();
                if (!key.equals(keys.get(i))) {
                    differing.put(i, key);
                    if (differing.size() > KEPT_INDEX_BEHIND) {
                        return Optional.empty();
                    }
                }
            }
            SearchIndex index = SearchIndex.read(in);
            if (index.documents().size() != count) {
                return Optional.empty();
            }
            for (Map.Entry<Integer, String> document : differing.entrySet()) {
                int number = document.getKey();
                Optional<IndexedDocument.Terms> before = r.bodies().store().data(document.getValue())
                        .flatMap(IndexedDocument::readTerms);
                if (before.isEmpty()) {
                    return Optional.empty();
                }
                index.replace(number, before.get(), terms(articles.get(number), keys.get(number), languages));
            }
            return Optional.of(new Kept(index, differing.size()));
        } catch (IOException | RuntimeException e) {
            // a cache entry cut short or of another format: the index is made again
            return Optional.empty();
        }
    }

    /**
     * The task of the file of document {@code number}'s text, keyed by what the document is made from, so
     * that the file is made only when rendered; its text is read again then, not held by every task until
     * the files are written.
     */
    private PageTask textTask(int number, Article article, String documentKey, List<String> languages) {
        String key = ViewKey.of("search text", number, documentKey);
        return () -> new PageTask.Prepared(SnippetText.path(number), null, key,
                () -> SnippetText.file(number, encodedText(article, documentKey, languages)));
    }

    /** A task for an index file, whose text is made when the task is prepared. */
    private static PageTask task(String path, Supplier<String> file) {
        return () -> {
            String content = file.get();
            return new PageTask.Prepared(path, null, ViewKey.of("search index", content), () -> content);
        };
    }

    /** The article's text as its snippet file holds it: from the build cache, else made again. */
    private String encodedText(Article article, String key, List<String> languages) {
        return r.bodies().store().data(key).flatMap(IndexedDocument::readText)
                .orElseGet(() -> IndexedDocument.of(document(article, languages)).encodedText());
    }

    /** Work run on the threads of a {@link Parallel}, which passes on any failure of the work. */
    @FunctionalInterface
    private interface Threaded<R> {
        R run() throws Exception;
    }

    /** What {@code work} gives; its I/O and unchecked failures as they are, any other wrapped. */
    private static <R> R onThreads(Threaded<R> work) throws IOException {
        try {
            return work.run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key of the article's document: of what it is made from, its body, its metadata, the names of its
     * topics and the site's languages.
     */
    private String documentKey(Article article, List<String> languages) {
        // what the document is made from, and not the article's file, which is named as the content folder was given
        KeyHash inputs = new KeyHash().text("search").text(r.bodies().keyOf(article)).text(article.urlPath())
                .text(article.lang()).text(Objects.toString(article.title(), "")).text(Objects.toString(article.author(), ""))
                .text(Objects.toString(article.translator(), "")).text(Objects.toString(article.date(), ""))
                .text(languages.toString());
        for (String key : article.topics()) {
            r.site().topic(key).ifPresent(topic -> languages.forEach(lang -> inputs.text(topic.name(lang))));
        }
        return inputs.hex();
    }

    /** The article as the index takes it, from the build cache when nothing it is made from changed. */
    private IndexedDocument.Terms terms(Article article, String key, List<String> languages) {
        Optional<IndexedDocument.Terms> cached = r.bodies().store().data(key).flatMap(IndexedDocument::readTerms);
        if (cached.isPresent()) {
            return cached.get();
        }
        IndexedDocument made = IndexedDocument.of(document(article, languages));
        r.bodies().store().putData(key, made.bytes());
        return made.terms();
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
