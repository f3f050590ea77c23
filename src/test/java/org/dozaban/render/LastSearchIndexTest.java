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
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A render takes up the search index the last one kept when only articles newer than all others were added:
 * the cached terms of the others are not read again.
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

    private static void render(Site site, BodyStore store) throws Exception {
        PageSink keepsEverything = new PageSink() {
            @Override
            public boolean unchanged(String path, String key, String inputs) {
                return true;
            }

            @Override
            public void write(String path, String key, String inputs, String content) {
            }
        };
        try (Parallel parallel = new Parallel(2)) {
            new SiteRenderer(RenderedSite.TEMPLATES).render(site, keepsEverything, store, parallel, Progress.NONE);
        }
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
