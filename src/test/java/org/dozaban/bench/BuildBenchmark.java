package org.dozaban.bench;

import org.dozaban.build.BuildReport;
import org.dozaban.build.Builder;
import org.dozaban.build.StageTiming;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints build time and memory for a generated archive of bilingual articles. Measures only; asserts
 * nothing about speed. Run with {@code mvn test -Dgroups=benchmark -Dbench.excluded=none
 * -Dtest=BuildBenchmark} (size with {@code -Dbench.articles=N}).
 */
@Tag("benchmark")
class BuildBenchmark {

    private static final String[] TOPICS = {"iraq", "iran", "syria", "economy"};

    @TempDir
    Path dir;

    @Test
    void buildGeneratedArchive() throws Exception {
        int articles = Integer.getInteger("bench.articles", 1000);
        Path content = dir.resolve("content");
        generate(content, articles);
        Path out = dir.resolve("site");
        Builder.Options options = new Builder.Options(content, Path.of("templates"), out);

        for (int i = 0; i < 2; i++) {
            Builder.build(options);
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        int runs = 3;
        long total = 0;
        BuildReport report = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            report = Builder.build(options);
            total += System.nanoTime() - start;
        }
        double ms = total / 1e6 / runs;
        System.out.printf(Locale.ROOT, "benchmark: %d articles, %d pages: %.0f ms per build, %.0f pages/s,"
                        + " peak heap %d MiB (%s)%n",
                report.articles(), report.pages(), ms, report.pages() / (ms / 1000), peakHeapMiB(),
                report.timings().stream()
                        .map(t -> t.stage() + " " + t.duration().toMillis() + " ms")
                        .collect(Collectors.joining(", ")));
    }

    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum() >> 20;
    }

    /** Writes a content folder of {@code count} generated articles, alternately English and Persian. */
    static void generate(Path content, int count) throws IOException {
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
        for (String t : TOPICS) {
            topics.append(t).append(":\n  name: {en: ").append(t).append(", fa: موضوع ").append(t)
                    .append("}\n  words:\n    en: [").append(t).append("]\n    fa: [").append(t).append("]\n");
        }
        Files.writeString(content.resolve("topics.yaml"), topics);
        for (int i = 0; i < count; i++) {
            String lang = i % 2 == 0 ? "en" : "fa";
            String body = lang.equals("en")
                    ? "The ministry in Baghdad said on Monday that talks with Tehran would continue. ".repeat(12)
                    : "وزارت خارجه روز دوشنبه اعلام کرد که گفت‌وگوها با بغداد ادامه خواهد داشت. ".repeat(12);
            String text = "---\ntitle: \"Article " + i + "\"\ndate: " + (2000 + i % 20) + "-0" + (1 + i % 9)
                    + "-1" + (i % 9) + "\ntopics: [" + TOPICS[i % TOPICS.length] + ", " + TOPICS[(i + 1) % TOPICS.length]
                    + "]\nslug: article-" + i + "\n---\n\n" + (body + "\n\n").repeat(6);
            Files.writeString(content.resolve(lang).resolve("article-" + i + ".md"), text);
        }
    }
}
