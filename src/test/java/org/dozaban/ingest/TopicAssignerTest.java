package org.dozaban.ingest;

import org.dozaban.content.Topic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopicAssignerTest {

    private static Topic topic(String key, List<String> en, List<String> fa) {
        return new Topic(key, Map.of("en", key, "fa", key), Map.of("en", en, "fa", fa));
    }

    private static final List<Topic> VOCABULARY = List.of(
            topic("iraq", List.of("Iraq", "Iraqi", "Baghdad"), List.of("عراق", "بغداد")),
            topic("united-states", List.of("US", "United States"), List.of("آمریکا")),
            topic("iran", List.of("Iran", "Tehran"), List.of("ایران", "تهران")));

    private final TopicAssigner assigner = new TopicAssigner(VOCABULARY);

    @Test
    void countsWholeWordsCaseInsensitively() {
        assertEquals(3, TopicAssigner.count(List.of("Iraq", "Iraqi"), "iraq, IRAQI and Iraq's; not Iraqis"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(1, TopicAssigner.count(List.of("US"), "the US told us, and Us too"));
        assertEquals(2, TopicAssigner.count(List.of("US"), "the US told us to trust US-led forces"));
    }

    @Test
    void countsPersianWordsWithSuffixesAfterZwnjAndArabicKeyboardLetters() {
        assertEquals(2, TopicAssigner.count(List.of("آمریکا"), "آمریکا\u200cها و آمریکایی و آمریکا"));
        assertEquals(List.of("united-states"),
                assigner.assign("آمريكا", List.of("آمريكا\u200cها و آمريكا"), "fa"));
    }

    @Test
    void keepsTopicsMentionedEnoughBestFirst() {
        List<String> body = List.of("Iraq and Baghdad and the Iraqi army. Iraq again.", "Tehran once. Iran once.",
                "The US said.");
        assertEquals(List.of("iraq"), assigner.assign("Floods", body, "en"));
    }

    @Test
    void aTitleMentionWeighsMore() {
        List<String> body = List.of("Iraq and Baghdad and the Iraqi army. Iraq again.", "Tehran once.");
        assertEquals(List.of("iran", "iraq"), assigner.assign("Iran", body, "en"));
    }

    @Test
    void longerArticlesNeedMoreMentions() {
        String filler = "word ".repeat(2000);
        List<String> body = List.of(filler, "Iraq Iraq Iraq Iraq. Iran Iran Iran Iran Iran Iran Iran Iran.");
        assertEquals(List.of("iran"), assigner.assign("Floods", body, "en"));
    }

    @Test
    void usesTheWordsOfTheArticlesLanguage() {
        assertEquals(List.of("iran"), assigner.assign("ایران", List.of("تهران و ایران"), "fa"));
    }

    @Test
    void keepsAtMostSeven() {
        List<Topic> many = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(topic("t" + i, List.of("w" + i), List.of()));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append(("w" + i + " ").repeat(3 + i));
        }
        assertEquals(List.of("t9", "t8", "t7", "t6", "t5", "t4", "t3"),
                new TopicAssigner(many).assign("x", List.of(text.toString()), "en"));
    }
}
