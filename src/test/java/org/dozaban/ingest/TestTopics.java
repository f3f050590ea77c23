package org.dozaban.ingest;

import org.dozaban.content.Topic;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads content/topics.yaml for tests, until the content package's loader is available. */
final class TestTopics {

    static final Path FILE = Path.of("content", "topics.yaml");

    private TestTopics() {
    }

    @SuppressWarnings("unchecked")
    static List<Topic> load() throws IOException {
        Object root = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(FILE, StandardCharsets.UTF_8));
        List<Topic> topics = new ArrayList<>();
        new TreeMap<>((Map<String, Object>) root).forEach((key, value) -> {
            Map<String, Object> entry = (Map<String, Object>) value;
            topics.add(new Topic(key, (Map<String, String>) entry.get("name"),
                    (Map<String, List<String>>) entry.get("words")));
        });
        return topics;
    }
}
