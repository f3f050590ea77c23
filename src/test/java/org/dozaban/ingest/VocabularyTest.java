package org.dozaban.ingest;

import org.dozaban.content.Topic;
import org.dozaban.text.PersianText;
import org.dozaban.text.Scripts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** content/topics.yaml is a usable bilingual vocabulary, and it gives every seed 3 to 7 topics. */
class VocabularyTest {

    @Test
    void hasAtLeastTwelveBilingualTopicsSortedByAsciiKey() throws IOException {
        List<Topic> topics = TestTopics.load();
        assertTrue(topics.size() >= 12, "topics: " + topics.size());
        List<String> lines = Files.readAllLines(TestTopics.FILE).stream().filter(l -> l.matches("^[a-z].*:$")).toList();
        assertEquals(lines.stream().sorted().toList(), lines, "keys sorted in the file");
        for (Topic topic : topics) {
            assertTrue(topic.key().matches("[a-z0-9]+(-[a-z0-9]+)*"), topic.key());
            assertFalse(topic.words("en").isEmpty(), topic.key() + " has English words");
            assertFalse(topic.words("fa").isEmpty(), topic.key() + " has Persian words");
            assertEquals("en", Scripts.majorityLanguage(topic.name("en"), "?"), topic.key());
            assertEquals("fa", Scripts.majorityLanguage(topic.name("fa"), "?"), topic.key());
        }
    }

    @Test
    void persianWordsAreWrittenWithPersianLetters() throws IOException {
        for (Topic topic : TestTopics.load()) {
            for (String word : topic.words("fa")) {
                assertEquals(PersianText.unifyLetters(word), word, topic.key() + ": " + word);
                assertTrue(Scripts.count(word).arabicShare() == 1.0, topic.key() + ": " + word);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everySeedGetsThreeToSevenTopics() throws IOException {
        Importer importer = new Importer(Path.of("target", "unused"), TestTopics.load());
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            return seeds.sorted().toList().stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(),
                    () -> {
                        int n = importer.convert(seed).topics().size();
                        assertTrue(n >= 3 && n <= 7, seed + " has " + n + " topics");
                    }));
        }
    }
}
