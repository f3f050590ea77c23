package org.dozaban.content;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads and validates a content folder: {@code site.yaml}, {@code topics.yaml} and
 * {@code <lang>/*.md}. Collects every problem before failing.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    /**
     * Loads {@code contentDir} into a {@link Site}.
     *
     * @throws ContentException with every problem found, each with file, line and column
     * @throws IOException      when a file cannot be read at all
     */
    public static Site load(Path contentDir) throws ContentException, IOException {
        throw new UnsupportedOperationException("not written yet");
    }
}
