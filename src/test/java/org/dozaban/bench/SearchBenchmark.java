package org.dozaban.bench;

import org.dozaban.build.Builder;
import org.dozaban.search.SearchText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Prints the search index's share of the site's bytes, what a two-word query downloads, and how long
 * results take after the last keystroke in headless Chromium, for a generated archive of articles
 * whose words follow a Zipf distribution over a Persian and an English vocabulary. Measures only.
 * Run with {@code mvn test -Dgroups=benchmark -Dbench.excluded=none -Dtest=SearchBenchmark}
 * (size with {@code -Dbench.articles=N}, default 1000; the targets are stated for 10000).
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final int VOCABULARY = 20_000;
    private static final int WORDS_PER_ARTICLE = 700;
    private static final String[] PERSIAN_SYLLABLES = {"کا", "مه", "ری", "سو", "دا", "نی", "بر", "گو", "تا", "شه",
            "ور", "زی", "پا", "خو", "لی", "چه", "فر", "ست", "ان", "می"};
    private static final String[] ENGLISH_SYLLABLES = {"ka", "mer", "ri", "so", "dan", "ni", "bor", "go", "ta",
            "she", "ver", "zi", "pal", "kho", "li", "che", "far", "st", "an", "mi"};

    @TempDir
    Path dir;

    @Test
    void searchIndexSizeAndQueryCost() throws Exception {
        int articles = Integer.getInteger("bench.articles", 1000);
        Path content = dir.resolve("content");
        List<String> english = vocabulary(ENGLISH_SYLLABLES);
        List<String> persian = vocabulary(PERSIAN_SYLLABLES);
        generate(content, articles, english, persian);
        Path out = dir.resolve("site");
        long start = System.nanoTime();
        Builder.build(new Builder.Options(content, Path.of("templates"), out));
        long buildMs = (System.nanoTime() - start) / 1_000_000;

        long index = bytes(out.resolve("search"));
        long all = bytes(out);
        long manifest = Files.size(out.resolve("search/index.js"));
        System.out.printf(Locale.ROOT, "search benchmark: %d articles, build %d ms; site %d KB, index %d KB"
                        + " (%.1f%% of the site, %.1f%% added to the rest), manifest %d KB, %d files in search/%n",
                articles, buildMs, all >> 10, index >> 10, 100.0 * index / all, 100.0 * index / (all - index),
                manifest >> 10, count(out.resolve("search")));

        List<String> queries = List.of(english.get(40) + " " + english.get(300), persian.get(40) + " " + persian.get(300),
                english.get(3) + " " + english.get(8), persian.get(1) + " " + persian.get(5));
        browser(out, queries);
    }

    /** Types each query into the English search page and reports bytes loaded and time to results. */
    private static void browser(Path site, List<String> queries) {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium")) || !Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            System.out.println("search benchmark: no Chromium, browser timings skipped");
            return;
        }
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(),
                new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new", "--no-sandbox",
                        "--disable-gpu", "--disable-background-networking", "--no-first-run"));
        try {
            for (String query : queries) {
                driver.get(site.resolve("en/search/index.html").toUri().toString());
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const query = arguments[0];
                        window.dozabanSearch.ready.then(() => {
                          const input = document.getElementById('search-q');
                          const status = document.querySelector('.search__status');
                          const list = document.querySelector('.search__results');
                          let start, results;
                          new MutationObserver((m, observer) => {
                            if (results === undefined && status.querySelector('bdi')
                                && status.querySelector('bdi').textContent === query) {
                              results = performance.now() - start;
                            }
                            if (results !== undefined && !list.hasAttribute('aria-busy')) {
                              observer.disconnect();
                              done({ms: results, snippets: performance.now() - start, status: status.textContent,
                                    shown: list.children.length,
                                    withSnippet: list.querySelectorAll('.search__snippet').length,
                                    files: window.dozabanSearch.loaded()});
                            }
                          }).observe(box(), {childList: true, subtree: true, characterData: true, attributes: true});
                          function box() { return document.querySelector('.search'); }
                          input.value = query;
                          start = performance.now();
                          input.dispatchEvent(new Event('input'));
                        });
                        """, query);
                @SuppressWarnings("unchecked")
                List<String> files = (List<String>) result.get("files");
                long loaded = 0;
                for (String file : files) {
                    loaded += site.resolve(file).toFile().length();
                }
                Map<String, Long> kinds = new TreeMap<>();
                for (String file : files) {
                    kinds.merge(file.replaceFirst("^search/([a-z]+)/.*", "$1"), site.resolve(file).toFile().length(),
                            Long::sum);
                }
                System.out.printf(Locale.ROOT, "search benchmark: \"%s\" (terms %s): results %.0f ms after the"
                                + " keystroke, snippets %.0f ms; %d files, %d KB of index loaded (manifest %d KB, shards"
                                + " %d KB, latest articles' terms %d KB, rows %d KB, texts %d KB for %d of %d results shown);"
                                + " %s%n", query,
                        SearchText.queryTerms(query), ((Number) result.get("ms")).doubleValue(),
                        ((Number) result.get("snippets")).doubleValue(), files.size(), loaded >> 10,
                        kinds.getOrDefault("search/index.js", 0L) >> 10, kinds.getOrDefault("terms", 0L) >> 10,
                        kinds.getOrDefault("recent", 0L) >> 10,
                        kinds.getOrDefault("docs", 0L) >> 10, kinds.getOrDefault("text", 0L) >> 10,
                        ((Number) result.get("withSnippet")).intValue(), ((Number) result.get("shown")).intValue(),
                        result.get("status"));
            }
        } finally {
            driver.quit();
        }
    }

    private static List<String> vocabulary(String[] syllables) {
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        Map<String, Boolean> seen = new TreeMap<>();
        while (words.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(3);
            for (int i = 0; i < length; i++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            if (seen.putIfAbsent(word.toString(), true) == null) {
                words.add(word.toString());
            }
        }
        return words;
    }

    /** Word ranks drawn from a Zipf distribution (exponent 1) over the vocabulary. */
    private static String text(Random random, List<String> vocabulary, int words, double[] cumulative) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int rank = java.util.Arrays.binarySearch(cumulative, u);
            out.append(vocabulary.get(rank < 0 ? -rank - 1 : rank)).append(i % 15 == 14 ? ".\n\n" : " ");
        }
        return out.toString();
    }

    private static void generate(Path content, int count, List<String> english, List<String> persian)
            throws IOException {
        Files.createDirectories(content.resolve("en"));
        Files.createDirectories(content.resolve("fa"));
        Files.writeString(content.resolve("site.yaml"), """
                title: {fa: دوزبان, en: Dozaban}
                description: {fa: بایگانی, en: Archive}
                baseUrl: https://example.org/
                defaultLanguage: fa
                languages: [fa, en]
                pageSize: 20
                """);
        StringBuilder topics = new StringBuilder();
        for (int t = 0; t < 40; t++) {
            topics.append("topic").append(t).append(":\n  name: {en: Topic ").append(t).append(", fa: موضوع ")
                    .append(t).append("}\n  words:\n    en: [t").append(t).append("]\n    fa: [t").append(t).append("]\n");
        }
        Files.writeString(content.resolve("topics.yaml"), topics);
        double[] cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int r = 0; r < VOCABULARY; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        Random random = new Random(11);
        for (int i = 0; i < count; i++) {
            String lang = i % 2 == 0 ? "en" : "fa";
            List<String> vocabulary = lang.equals("en") ? english : persian;
            String title = text(random, vocabulary, 6, cumulative).replace(".\n\n", " ").strip();
            String body = text(random, vocabulary, WORDS_PER_ARTICLE, cumulative);
            String date = String.format(Locale.ROOT, "%04d-%02d-%02d", 2000 + i % 20, 1 + i % 12, 1 + i % 28);
            Files.writeString(content.resolve(lang).resolve("article-" + i + ".md"), "---\ntitle: \"" + title
                    + "\"\nauthor: Author " + (i % 50) + "\ndate: " + date + "\ntopics: [topic" + (i % 40) + ", topic"
                    + ((i * 7 + 1) % 40) + "]\nslug: article-" + i + "\n---\n\n" + body + "\n", StandardCharsets.UTF_8);
        }
    }

    private static long bytes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long count(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
