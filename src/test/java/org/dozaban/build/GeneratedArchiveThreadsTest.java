package org.dozaban.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated archive large enough that its stages work in several batches (the search index takes its
 * articles 256 at a time, each batch's terms made while the one before is indexed) builds into the same
 * bytes on one thread and on four.
 */
class GeneratedArchiveThreadsTest {

    static final int ARTICLES = 600;

    @TempDir
    Path dir;

    @Test
    void oneThreadAndFourGiveTheSameBytes() throws Exception {
        Path content = GeneratedArchives.content(dir, 3, ARTICLES);
        for (int threads : new int[] {1, 4}) {
            GeneratedArchives.build(content, ARTICLES, dir.resolve(threads + "/site"), threads);
        }
        Map<String, String> one = OutputTrees.contents(dir.resolve("1/site"));
        assertTrue(one.keySet().stream().filter(path -> path.startsWith("search/")).count() > ARTICLES,
                "a snippet file per article, and the index: " + one.size());
        assertEquals(one, OutputTrees.contents(dir.resolve("4/site")));
    }
}
