package org.dozaban.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the topic vocabulary, {@code content/topics.yaml}. */
public final class TopicsFile {

    private TopicsFile() {
    }

    /** Loads and validates the vocabulary. */
    public static List<Topic> load(Path file) throws ContentException, IOException {
        throw new UnsupportedOperationException("not written yet: " + file);
    }
}
