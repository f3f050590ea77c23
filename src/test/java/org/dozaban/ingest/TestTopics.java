package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Topic;
import org.dozaban.content.TopicsFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The archive's topic vocabulary, content/topics.yaml, as the importer gets it. */
final class TestTopics {

    static final Path FILE = Path.of("content", "topics.yaml");

    private TestTopics() {
    }

    static List<Topic> load() throws IOException {
        try {
            return TopicsFile.load(FILE);
        } catch (ContentException e) {
            throw new UncheckedIOException(new IOException(e.report()));
        }
    }
}
