package org.dozaban.ingest;

import org.dozaban.content.Topic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Imports raw article text into content Markdown files. */
public final class Importer {

    private final Path contentDir;
    private final List<Topic> vocabulary;

    /**
     * @param contentDir content folder; files go to {@code <contentDir>/<lang>/<slug>.md}
     * @param vocabulary topic vocabulary used to assign topics
     */
    public Importer(Path contentDir, List<Topic> vocabulary) {
        this.contentDir = contentDir;
        this.vocabulary = List.copyOf(vocabulary);
    }

    /**
     * Imports each seed file, and each file directly inside each given folder, in name order. A seed
     * already recorded in some content file's {@code seed:} is skipped unless {@code force}.
     */
    public List<ImportResult> importPaths(List<Path> paths, boolean force) throws IOException {
        throw new UnsupportedOperationException("not written yet: " + contentDir + vocabulary.size());
    }
}
