package org.dozaban.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a bilingual archive, the same for the same seed: articles in translation pairs (even
 * indexes English, odd indexes their Persian translations) sharing a {@code translationKey}, bodies of
 * about 10 KB, 3 to 7 of {@link CorpusTopics#ALL 40 topics} each, dates spread over the 15 years
 * from 2010 to 2024.
 *
 * <pre>
 * new CorpusGenerator(42).writeContent(dir.resolve("content"), 2000);
 * </pre>
 */
public final class CorpusGenerator {

    /** First day an article can be dated. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
    /** Last day an article can be dated. */
    public static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    /** Site settings of a generated corpus. */
    public static final String TITLE_EN = "Test archive";
    public static final String TITLE_FA = "بایگانی آزمایشی";
    public static final String DESCRIPTION_EN = "A generated bilingual archive for measurements";
    public static final String DESCRIPTION_FA = "بایگانی دوزبانهٔ ساخته‌شده برای سنجش";
    public static final String BASE_URL = "https://example.org/";
    public static final int PAGE_SIZE = 20;

    private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
    private static final int MIN_TOPICS = 3;
    private static final int MAX_TOPICS = 7;
    private static final int BODY_BYTES = 9_000;
    private static final int BODY_SPREAD = 1_500;

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Article number {@code index}: the English original of pair {@code index / 2} when even, its
     * Persian translation when odd.
     */
    public GeneratedArticle article(int index) {
        Random random = pairRandom(index);
        return article(index, random, FIRST_DAY.plusDays(random.nextInt(DAYS)));
    }

    /**
     * Article number {@code index} as {@link #article} gives it, but dated {@code date}: an article a
     * publisher adds to an existing archive.
     */
    public GeneratedArticle article(int index, LocalDate date) {
        Random random = pairRandom(index);
        random.nextInt(DAYS);
        return article(index, random, date);
    }

    private Random pairRandom(int index) {
        return new Random(seed * 0x9E3779B97F4A7C15L + index / 2);
    }

    private GeneratedArticle article(int index, Random pairRandom, LocalDate date) {
        int pair = index / 2;
        Vocabulary en = Vocabulary.ENGLISH;
        int subject = pairRandom.nextInt(en.titleSubjects().size());
        int verb = pairRandom.nextInt(en.titleVerbs().size());
        int place = pairRandom.nextInt(en.places().size());
        int author = pairRandom.nextInt(en.authors().size());
        List<String> topics = topics(pairRandom);
        long englishBody = pairRandom.nextLong();
        long persianBody = pairRandom.nextLong();
        int translator = pairRandom.nextInt(Vocabulary.PERSIAN.translators().size());

        String englishTitle = en.titleSubjects().get(subject) + " " + en.titleVerbs().get(verb) + " in "
                + en.places().get(place);
        String slug = slug(englishTitle) + "-" + pair;
        String sourceUrl = "https://news.example.com/" + date.toString().replace('-', '/') + "/" + slug + ".html";
        boolean english = index % 2 == 0;
        Vocabulary words = english ? en : Vocabulary.PERSIAN;
        String title = english ? englishTitle
                : words.titleSubjects().get(subject) + " در " + words.places().get(place) + " "
                        + words.titleVerbs().get(verb);
        Random bodyRandom = new Random(english ? englishBody : persianBody);
        String body = new Prose(words, bodyRandom).body(BODY_BYTES + bodyRandom.nextInt(BODY_SPREAD));
        return new GeneratedArticle(words.lang(), slug, slug, title, date, topics, words.authors().get(author),
                english ? null : words.translators().get(translator), sourceUrl, "news.example.com", body);
    }

    private static List<String> topics(Random random) {
        int count = MIN_TOPICS + random.nextInt(MAX_TOPICS - MIN_TOPICS + 1);
        List<CorpusTopics.Topic> pool = new ArrayList<>(CorpusTopics.ALL);
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            topics.add(pool.remove(random.nextInt(pool.size())).key());
        }
        return topics;
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    /**
     * Writes {@code articles} articles as a Dozaban content folder: {@code site.yaml},
     * {@code topics.yaml}, {@code en/} and {@code fa/}.
     */
    public void writeContent(Path content, int articles) throws IOException {
        writeSiteFiles(content);
        for (int i = 0; i < articles; i++) {
            writeArticle(content, article(i));
        }
    }

    /**
     * Writes the site settings and the topic vocabulary of a generated corpus, and creates the
     * language folders.
     */
    public static void writeSiteFiles(Path content) throws IOException {
        Files.createDirectories(content.resolve("en"));
        Files.createDirectories(content.resolve("fa"));
        Files.writeString(content.resolve("site.yaml"), "title: {fa: " + quoted(TITLE_FA) + ", en: " + quoted(TITLE_EN)
                + "}\ndescription: {fa: " + quoted(DESCRIPTION_FA) + ", en: " + quoted(DESCRIPTION_EN) + "}\n"
                + "baseUrl: " + BASE_URL + "\ndefaultLanguage: fa\nlanguages: [fa, en]\npageSize: " + PAGE_SIZE + "\n");
        Files.writeString(content.resolve("topics.yaml"), CorpusTopics.yaml());
    }

    /** Where {@link #writeArticle} writes {@code article} in {@code content}. */
    public static Path articleFile(Path content, GeneratedArticle article) {
        return content.resolve(article.lang()).resolve(article.fileName());
    }

    /** Writes {@code article} into {@code content/<lang>/}, as Markdown with front matter. */
    public static Path writeArticle(Path content, GeneratedArticle article) throws IOException {
        Path file = articleFile(content, article);
        Files.writeString(file, frontMatter(article) + "\n" + article.body(), StandardCharsets.UTF_8);
        return file;
    }

    private static String frontMatter(GeneratedArticle a) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("title: ").append(quoted(a.title())).append('\n');
        yaml.append("author: ").append(quoted(a.author())).append('\n');
        if (a.translator() != null) {
            yaml.append("translator: ").append(quoted(a.translator())).append('\n');
        }
        yaml.append("date: ").append(a.date()).append('\n');
        yaml.append("topics: [").append(String.join(", ", a.topics())).append("]\n");
        yaml.append("sourceUrl: ").append(quoted(a.sourceUrl())).append('\n');
        yaml.append("publisher: ").append(quoted(a.publisher())).append('\n');
        yaml.append("translationKey: ").append(quoted(a.translationKey())).append('\n');
        yaml.append("slug: ").append(quoted(a.slug())).append('\n');
        return yaml.append("---\n").toString();
    }

    /** A YAML double-quoted scalar. */
    public static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
