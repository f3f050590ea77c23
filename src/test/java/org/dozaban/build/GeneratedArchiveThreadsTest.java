package org.dozaban.build;

import org.dozaban.bench.CorpusGenerator;
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
        Path content = dir.resolve("content");
        new CorpusGenerator(3).writeContent(content, ARTICLES);
        for (int threads : new int[] {1, 4}) {
            BuildReport report = Builder.build(new Builder.Options(content, Path.of("templates"),
                    dir.resolve(threads + "/site")).withThreads(threads));
            assertEquals(ARTICLES, report.articles());
        }
        Map<String, String> one = OutputTrees.contents(dir.resolve("1/site"));
        assertTrue(one.keySet().stream().filter(path -> path.startsWith("search/")).count() > ARTICLES,
                "a snippet file per article, and the index: " + one.size());
        assertEquals(one, OutputTrees.contents(dir.resolve("4/site")));
    }
}
