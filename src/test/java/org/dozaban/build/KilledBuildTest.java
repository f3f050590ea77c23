package org.dozaban.build;

import org.dozaban.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds killed at random moments, in a child process: every output file keeps either its old bytes or
 * its new ones, and the next build completes the job and removes what the killed one left.
 */
class KilledBuildTest {

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesOldOrNewFilesAndTheNextBuildFinishes() throws Exception {
        Path content = dir.resolve("content");
        Path templates = dir.resolve("templates");
        Trees.copy(Path.of("src/test/resources/sites/bilingual/content"), content);
        Trees.copy(Path.of("templates"), templates);
        addArticles(content, 400);
        // two versions of the interface strings, so that every page differs between them
        Map<String, String> versionA = strings(templates);
        Map<String, String> versionB = new HashMap<>();
        versionA.forEach((lang, text) -> versionB.put(lang,
                text.replaceFirst("(?m)^  footerNote: .*$", "  footerNote: Edition two.")));
        Map<String, String> referenceA = cleanBuild(content, templates, dir.resolve("reference-a/site"));
        writeStrings(templates, versionB);
        Map<String, String> referenceB = cleanBuild(content, templates, dir.resolve("reference-b/site"));

        // how long a build from version A to version B takes, with a warm cache, as each attempt below
        Path out = dir.resolve("site");
        writeStrings(templates, versionA);
        Builder.build(new Builder.Options(content, templates, out));
        Path timing = dir.resolve("timing");
        Trees.copy(out, timing.resolve("site"));
        Trees.copy(dir.resolve(Builder.CACHE_FOLDER), timing.resolve(Builder.CACHE_FOLDER));
        writeStrings(templates, versionB);
        long full = timeOfChildBuild(content, templates, timing.resolve("site"));

        Random random = new Random(42);
        int killed = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            writeStrings(templates, attempt % 2 == 0 ? versionB : versionA);
            long delay = (long) (random.nextDouble() * full);
            Process child = childBuild(content, templates, out);
            Thread.sleep(delay);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            killed += child.exitValue() == 0 ? 0 : 1;
            Map<String, String> now = OutputTrees.contents(out);
            for (Map.Entry<String, String> file : now.entrySet()) {
                String path = file.getKey();
                assertTrue(file.getValue().equals(referenceA.get(path)) || file.getValue().equals(referenceB.get(path)),
                        "attempt " + attempt + ", killed after " + delay + " ms: " + path + " is neither old nor new");
            }
        }
        assertTrue(killed >= 2, "only " + killed + " of 8 builds were stopped before they finished");
        writeStrings(templates, versionB);
        Builder.build(new Builder.Options(content, templates, out));
        assertEquals(referenceB, OutputTrees.contents(out));
        assertEquals(0, OutputTrees.leftovers(out));
    }

    private static Map<String, String> cleanBuild(Path content, Path templates, Path out) throws Exception {
        Builder.build(new Builder.Options(content, templates, out).withClean(true));
        return OutputTrees.contents(out);
    }

    private static Map<String, String> strings(Path templates) throws IOException {
        Map<String, String> strings = new HashMap<>();
        for (String lang : List.of("en", "fa")) {
            strings.put(lang, Files.readString(templates.resolve("i18n/" + lang + ".yaml")));
        }
        return strings;
    }

    private static void writeStrings(Path templates, Map<String, String> strings) throws IOException {
        for (Map.Entry<String, String> entry : strings.entrySet()) {
            Files.writeString(templates.resolve("i18n/" + entry.getKey() + ".yaml"), entry.getValue());
        }
    }

    private long timeOfChildBuild(Path content, Path templates, Path out) throws Exception {
        long start = System.nanoTime();
        Process child = childBuild(content, templates, out);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static Process childBuild(Path content, Path templates, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.dozaban.cli.Main", "build", "--no-import", "--quiet", "--content", content.toString(),
                "--templates", templates.toString(), "--out", out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Adds {@code count} English articles of a few paragraphs each, so a build takes a while. */
    static void addArticles(Path content, int count) throws IOException {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            paragraph.append("word").append(i).append(i % 9 == 8 ? ". " : " ");
        }
        for (int n = 0; n < count; n++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 6; p++) {
                body.append("Paragraph ").append(p).append(" of article ").append(n).append(": ").append(paragraph).append("\n\n");
            }
            Files.writeString(content.resolve(String.format(Locale.ROOT, "en/generated-%04d.md", n)),
                    "---\ntitle: Generated article " + n + "\ndate: " + String.format(Locale.ROOT, "20%02d-%02d-%02d",
                            10 + n % 10, 1 + n % 12, 1 + n % 28) + "\ntopics: [cities]\n---\n" + body,
                    StandardCharsets.UTF_8);
        }
    }
}
