package org.dozaban.build;

import org.dozaban.bench.CorpusGenerator;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Archives made at test time by the benchmark's generator, and built with the project's templates. */
final class GeneratedArchives {

    private GeneratedArchives() {
    }

    /** {@code articles} generated from {@code seed} into {@code dir/content}; that folder. */
    static Path content(Path dir, long seed, int articles) throws Exception {
        Path content = dir.resolve("content");
        new CorpusGenerator(seed).writeContent(content, articles);
        return content;
    }

    /** Builds {@code content}, of {@code articles} articles, into {@code out} on {@code threads}; all are built. */
    static void build(Path content, int articles, Path out, int threads) throws Exception {
        BuildReport report = Builder.build(new Builder.Options(content, Path.of("templates"), out).withThreads(threads));
        assertEquals(articles, report.articles());
    }
}
