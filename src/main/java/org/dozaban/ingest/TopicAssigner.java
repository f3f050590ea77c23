package org.dozaban.ingest;

import org.dozaban.content.Topic;
import org.dozaban.text.Language;
import org.dozaban.text.PersianText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Assigns vocabulary topics to an article by counting their marker words: whole words, case-insensitive
 * (acronyms in capitals match only in capitals), a title mention weighing {@value #TITLE_WEIGHT}. A topic
 * is kept when its score reaches a threshold that grows with the article's length; at most
 * {@value #MAX_TOPICS} are kept, best first.
 */
public final class TopicAssigner {

    static final int TITLE_WEIGHT = 3;
    static final int MAX_TOPICS = 7;
    /** Fewest mentions a topic needs in any article. */
    static final int MIN_SCORE = 3;
    /** An article of this many words needs one more mention per such length. */
    static final int WORDS_PER_MENTION = 250;

    private final List<Topic> vocabulary;

    /** @param vocabulary the topics to choose from */
    public TopicAssigner(List<Topic> vocabulary) {
        this.vocabulary = vocabulary.stream().sorted(Comparator.comparing(Topic::key)).toList();
    }

    /** The keys of the topics the article mentions enough, best first (ties by key). */
    public List<String> assign(String title, List<String> paragraphs, String lang) {
        String body = normalize(String.join("\n", paragraphs), lang);
        String head = normalize(title, lang);
        int threshold = Math.max(MIN_SCORE, body.split("\\s+").length / WORDS_PER_MENTION);
        List<Scored> scored = new ArrayList<>();
        for (Topic topic : vocabulary) {
            List<String> words = topic.words(lang);
            if (words.isEmpty()) {
                continue;
            }
            int score = TITLE_WEIGHT * count(words, head) + count(words, body);
            if (score >= threshold) {
                scored.add(new Scored(topic.key(), score));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::key))
                .limit(MAX_TOPICS).map(Scored::key).toList();
    }

    private record Scored(String key, int score) {
    }

    private static String normalize(String text, String lang) {
        return Language.PERSIAN.is(lang) ? PersianText.unifyLetters(text) : text;
    }

    /** Occurrences of any of {@code words} in {@code text} as whole words. */
    static int count(List<String> words, String text) {
        List<String> acronyms = words.stream().filter(TopicAssigner::isAcronym).toList();
        List<String> others = words.stream().filter(w -> !isAcronym(w)).toList();
        return matches(acronyms, text, 0)
                + matches(others, text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                && word.chars().anyMatch(Character::isUpperCase);
    }

    private static int matches(List<String> words, String text, int flags) {
        if (words.isEmpty()) {
            return 0;
        }
        String alternatives = words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(PersianText.unifyLetters(w))).collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", flags);
        return (int) pattern.matcher(text).results().count();
    }
}
