package org.dozaban.render;

import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.dozaban.testing.Trees;
import org.dozaban.work.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A render takes up the search index kept in the build cache when only articles newer than all others were
 * added since: the cached terms of the others are not read again.
 */
class LastSearchIndexTest {

    @TempDir
    Path dir;

    @Test
    void aNewestArticleIsAddedToTheLastIndexWithoutReadingTheOthersAgain() throws Exception {
        Path content = Trees.copy(FixtureSites.ROOT.resolve("bilingual/content"), dir.resolve("content"));
        MemoryStore store = new MemoryStore();
        Site before = ContentLoader.load(content);
        render(before, store);
        Set<String> first = Set.copyOf(store.looked);
        assertTrue(first.size() > before.articles().size(), "the first render looks up every article's terms");

        Files.writeString(content.resolve("en/newest.md"), """
                ---
                title: The newest of all
                date: 2026-01-02
                topics: [cities]
                ---
                A market opened by the river this year.
                """);
        store.looked.clear();
        render(ContentLoader.load(content), store);
        Set<String> again = new HashSet<>(store.looked);
        again.retainAll(first);
        // what the render keeps whole (the last index, the related lists, the slugs of names) is read again;
        // no article's terms
        assertEquals(3, again.size(), "looked up again: " + again);
    }

    /**
     * An article edited in its place, neither moved among the others nor removed, is put in its place in
     * the kept index: its old terms are looked up to be taken out, its new ones made, no other article's
     * terms read again; and the search files are those of a render from nothing.
     */
    @Test
    void anEditedArticleIsPutInItsPlaceInTheLastIndexWithoutReadingTheOthersAgain() throws Exception {
        Path content = Trees.copy(FixtureSites.ROOT.resolve("bilingual/content"), dir.resolve("content"));
        MemoryStore store = new MemoryStore();
        render(ContentLoader.load(content), store);
        Set<String> first = Set.copyOf(store.looked);

        Path market = content.resolve("en/market-day.md");
        Files.writeString(market, Files.readString(market) + "\nA lantern maker joined the stalls by the gate.\n");
        store.looked.clear();
        Site edited = ContentLoader.load(content);
        Map<String, String> index = render(edited, store);
        Set<String> again = new HashSet<>(store.looked);
        again.retainAll(first);
        // the three kept whole, and the edited article's old terms, taken out of the index
        assertEquals(4, again.size(), "looked up again: " + again);
        Map<String, String> clean = new TreeMap<>();
        new SiteRenderer(RenderedSite.TEMPLATES).render(edited).stream().filter(page -> indexFile(page.path()))
                .forEach(page -> clean.put(page.path(), page.content()));
        assertEquals(clean, new TreeMap<>(index), "the index files of a render from nothing");
        assertTrue(index.keySet().stream().anyMatch(path -> path.startsWith("search/terms/")
                && index.get(path).contains("lantern")), "the new word is indexed");
    }

    /** A file of the search index, which a render makes from the index: not an article's text. */
    private static boolean indexFile(String path) {
        return path.startsWith("search/") && !path.startsWith("search/text/");
    }

    /**
     * The kept index is not replaced for each new article: the next render takes it up again and adds
     * the articles after it, reading their cached terms, until many follow it.
     */
    @Test
    void theKeptIndexStaysUntilManyArticlesFollowIt() throws Exception {
        Path content = Trees.copy(FixtureSites.ROOT.resolve("bilingual/content"), dir.resolve("content"));
        for (int n = 0; n < 30; n++) {
            Files.writeString(content.resolve("en/generated-" + n + ".md"), "---\ntitle: Generated " + n
                    + "\ndate: 2012-03-" + (10 + n % 18) + "\ntopics: [cities]\n---\nA paragraph of article " + n + ".\n");
        }
        MemoryStore store = new MemoryStore();
        render(ContentLoader.load(content), store);
        Set<String> afterFirst = null;
        for (int n = 1; n <= 2; n++) {
            Files.writeString(content.resolve("en/newest-" + n + ".md"), "---\ntitle: Newest " + n
                    + "\ndate: 2026-01-0" + n + "\ntopics: [cities]\n---\nThe newest text " + n + ".\n");
            store.looked.clear();
            render(ContentLoader.load(content), store);
            if (afterFirst == null) {
                afterFirst = Set.copyOf(store.looked);
            }
        }
        Set<String> again = new HashSet<>(store.looked);
        again.retainAll(afterFirst);
        // the three kept whole, and the terms of the first new article, which the kept index has not
        assertEquals(4, again.size(), "looked up again: " + again);
    }

    @Test
    void theKeptIndexIsReplacedWhenManyDocumentsFollowIt() {
        // 64 documents, or a sixteenth of the index's own, whichever is fewer
        assertFalse(SearchEntries.keepAgain(10_000, 63));
        assertTrue(SearchEntries.keepAgain(10_000, 64));
        assertFalse(SearchEntries.keepAgain(50, 3));
        assertTrue(SearchEntries.keepAgain(50, 4));
        assertFalse(SearchEntries.keepAgain(50, 0));
    }

    /**
     * Renders {@code site} with {@code store} as the build cache, keeping every file but those of the search
     * index, which it returns by path.
     */
    private static Map<String, String> render(Site site, BodyStore store) throws Exception {
        Map<String, String> files = new ConcurrentHashMap<>();
        PageSink keepsAllButTheIndex = new PageSink() {
            @Override
            public boolean unchanged(String path, String key, String inputs) {
                return !indexFile(path);
            }

            @Override
            public void write(String path, String key, String inputs, String content) {
                files.put(path, content);
            }
        };
        try (Parallel parallel = new Parallel(2)) {
            new SiteRenderer(RenderedSite.TEMPLATES).render(site, keepsAllButTheIndex, store, parallel, Progress.NONE);
        }
        return files;
    }

    /** A store of data only, in memory, that notes what is looked up. */
    private static final class MemoryStore extends BodyStore.Nothing {
        final Map<String, byte[]> data = new ConcurrentHashMap<>();
        final Set<String> looked = ConcurrentHashMap.newKeySet();

        @Override
        public Optional<byte[]> data(String key) {
            looked.add(key);
            return Optional.ofNullable(data.get(key));
        }

        @Override
        public void putData(String key, byte[] bytes) {
            data.put(key, bytes);
        }
    }
}
