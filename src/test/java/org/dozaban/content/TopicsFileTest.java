package org.dozaban.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TopicsFileTest {

    @TempDir
    Path dir;

    private List<Topic> load(String yaml) throws Exception {
        Path file = dir.resolve("topics.yaml");
        Files.writeString(file, yaml);
        return TopicsFile.load(file);
    }

    @Test
    void readsNamesAndWordsSortedByKey() throws Exception {
        List<Topic> topics = load("""
                syria:
                  name: {en: Syria, fa: سوریه}
                iraq:
                  name:
                    en: Iraq
                    fa: عراق
                  words:
                    en: [Iraq, Baghdad]
                    fa: [عراق, بغداد]
                """);
        assertEquals(List.of("iraq", "syria"), topics.stream().map(Topic::key).toList());
        Topic iraq = topics.get(0);
        assertEquals("عراق", iraq.name("fa"));
        assertEquals(List.of("Iraq", "Baghdad"), iraq.words("en"));
        assertEquals(List.of("عراق", "بغداد"), iraq.words("fa"));
        assertEquals(List.of(), topics.get(1).words("en"));
    }

    @Test
    void anEmptyFileHasNoTopics() throws Exception {
        assertEquals(List.of(), load("# no topics yet\n"));
    }

    @Test
    void aRepeatedTopicIsAnError() {
        ContentException e = assertThrows(ContentException.class,
                () -> load("iraq:\n  name: {en: Iraq}\niraq:\n  name: {en: Iraq}\n"));
        assertEquals(List.of(new Problem(dir.resolve("topics.yaml"), 3, 1, "key \"iraq\" appears twice",
                "it was first given on line 1; keep only one of them")), e.problems());
    }

    @Test
    void aLanguageMustBeSupported() {
        ContentException e = assertThrows(ContentException.class,
                () -> load("iraq:\n  name: {en: Iraq, de: Irak}\n"));
        Problem problem = e.problems().get(0);
        assertEquals(2, problem.line());
        assertEquals(20, problem.column());
    }
}
