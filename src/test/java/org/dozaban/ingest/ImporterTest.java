package org.dozaban.ingest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImporterTest {

    private static final String ARTICLE = """
            Bridge to be repaired

            By Jane Roe

            The council met on Monday and agreed on a plan to repair the old bridge before the rains, officials said.
            """;

    @TempDir
    Path temp;
    private Path seeds;
    private Path content;
    private Importer importer;

    @BeforeEach
    void setUp() throws IOException {
        seeds = Files.createDirectories(temp.resolve("seeds"));
        content = temp.resolve("content");
        importer = new Importer(content, List.of());
    }

    private Path seed(String name, String text) throws IOException {
        return Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ImportResult importOne(Path path, boolean force) throws IOException {
        return importer.importPaths(List.of(path), force).get(0);
    }

    @Test
    void createsTheFileUnderItsLanguageAndSlug() throws IOException {
        ImportResult result = importOne(seed("a.txt", ARTICLE), false);
        assertEquals(ImportResult.Status.CREATED, result.status());
        assertEquals(content.resolve("en").resolve("bridge-to-be-repaired.md"), result.output());
        assertTrue(Files.readString(result.output()).contains("\nseed: a.txt\n"));
    }

    @Test
    void skipsASeedAlreadyRecordedAndSaysWhere() throws IOException {
        Path a = seed("a.txt", ARTICLE);
        Path first = importOne(a, false).output();
        Files.writeString(first, Files.readString(first).replace("title: Bridge", "title: Edited bridge"));
        ImportResult again = importOne(a, false);
        assertEquals(ImportResult.Status.SKIPPED, again.status());
        assertEquals(first, again.output());
        assertTrue(again.message().contains(first.toString()), again.message());
        assertTrue(Files.readString(first).contains("Edited bridge"), "an import never overwrites");
    }

    @Test
    void forceReimportsIntoTheSameFileWithTheSameBytes() throws IOException {
        Path a = seed("a.txt", ARTICLE);
        Path first = importOne(a, false).output();
        byte[] before = Files.readAllBytes(first);
        ImportResult forced = importOne(a, true);
        assertEquals(ImportResult.Status.CREATED, forced.status());
        assertEquals(first, forced.output());
        assertArrayEquals(before, Files.readAllBytes(first));
        assertEquals(List.of(first), contentFiles());
    }

    @Test
    void importingTheSameSeedIntoAnotherFolderGivesTheSameBytes() throws IOException {
        Path a = seed("a.txt", ARTICLE);
        byte[] one = Files.readAllBytes(importOne(a, false).output());
        byte[] two = Files.readAllBytes(new Importer(temp.resolve("other"), List.of())
                .importPaths(List.of(a), false).get(0).output());
        assertArrayEquals(one, two);
    }

    @Test
    void anotherSeedWithTheSameTitleGetsAFreeName() throws IOException {
        importOne(seed("a.txt", ARTICLE), false);
        ImportResult b = importOne(seed("b.txt", ARTICLE), false);
        assertEquals(content.resolve("en").resolve("bridge-to-be-repaired-2.md"), b.output());
        String written = Files.readString(b.output());
        assertTrue(written.contains("\ntranslationKey: bridge-to-be-repaired-2\n"), written);
        assertTrue(!written.contains("\nslug:"), "the file name is the slug");
        assertTrue(b.warnings().stream().anyMatch(w -> w.contains("\"bridge-to-be-repaired\" are taken")
                && w.contains("used \"bridge-to-be-repaired-2\"")), b.warnings().toString());
        assertTrue(Files.readString(content.resolve("en").resolve("bridge-to-be-repaired.md")).contains("seed: a.txt"));
    }

    @Test
    void aTitleWhoseKeyAnotherArticleUsesGetsAFreeSlugAndKey() throws IOException {
        Files.createDirectories(content.resolve("en"));
        Files.writeString(content.resolve("en").resolve("old-bridge.md"),
                "---\ntitle: Old bridge\ntranslationKey: bridge-to-be-repaired\n---\n\nText.\n");
        ImportResult a = importOne(seed("a.txt", ARTICLE), false);
        assertEquals(content.resolve("en").resolve("bridge-to-be-repaired-2.md"), a.output());
        assertTrue(Files.readString(a.output()).contains("\ntranslationKey: bridge-to-be-repaired-2\n"));
    }

    @Test
    void forceStopsAtAnEditedFileAndWritesNothing() throws IOException {
        Path a = seed("a.txt", ARTICLE);
        Path b = seed("b.txt", ARTICLE.replace("Bridge to be", "Road to be"));
        Path first = importOne(a, false).output();
        Path second = importOne(b, false).output();
        Files.writeString(first, Files.readString(first) + "\nMy own closing line.\n");
        byte[] secondBefore = Files.readAllBytes(second);
        List<ImportResult> results = importer.importPaths(List.of(a, b), true);
        assertEquals(1, results.size());
        ImportResult result = results.get(0);
        assertEquals(ImportResult.Status.ERROR, result.status());
        assertTrue(result.message().startsWith(first + ": error: was edited after it was imported"), result.message());
        assertTrue(result.message().contains("hint: keep your version"), result.message());
        assertTrue(Files.readString(first).endsWith("My own closing line.\n"), "the edit is kept");
        assertArrayEquals(secondBefore, Files.readAllBytes(second));
    }

    @Test
    void forceStopsAtAFileWithoutImportHash() throws IOException {
        Path a = seed("a.txt", ARTICLE);
        Path first = importOne(a, false).output();
        Files.writeString(first, ImportRecord.withoutStamp(Files.readString(first)));
        ImportResult result = importOne(a, true);
        assertEquals(ImportResult.Status.ERROR, result.status());
        assertTrue(result.message().contains("has no importHash"), result.message());
    }

    @Test
    void importsTheTextFilesOfAFolderInNameOrderAndReportsEach() throws IOException {
        seed("b.txt", ARTICLE.replace("Bridge to be", "Road to be"));
        seed("a.txt", ARTICLE);
        seed("notes.md", "# not a seed");
        seed("c.txt", "");
        List<ImportResult> results = importer.importPaths(List.of(seeds), false);
        assertEquals(List.of("a.txt", "b.txt", "c.txt"),
                results.stream().map(r -> r.seed().getFileName().toString()).toList());
        assertEquals(List.of(ImportResult.Status.CREATED, ImportResult.Status.CREATED, ImportResult.Status.ERROR),
                results.stream().map(ImportResult::status).toList());
        assertTrue(results.get(2).message().contains("c.txt: error: no article text found"), results.get(2).message());
    }

    @Test
    void aMissingSeedIsAnErrorNamingIt() throws IOException {
        ImportResult result = importOne(seeds.resolve("gone.txt"), false);
        assertEquals(ImportResult.Status.ERROR, result.status());
        assertEquals(seeds.resolve("gone.txt") + ": error: no such file\n  hint: check the path", result.message());
    }

    @Test
    void recognisesSeedsRecordedInAnyContentFile() throws IOException {
        Path fa = Files.createDirectories(content.resolve("fa"));
        Files.writeString(fa.resolve("x.md"), "---\ntitle: x\nseed: \"a.txt\"\n---\n\nText.\n");
        ImportResult result = importOne(seed("a.txt", ARTICLE), false);
        assertEquals(ImportResult.Status.SKIPPED, result.status());
        assertEquals(fa.resolve("x.md"), result.output());
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        importOne(seed("a.txt", ARTICLE), false);
        importOne(seed("a.txt", ARTICLE), true);
        assertEquals(1, contentFiles().size());
        try (Stream<Path> all = Files.walk(content)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void putsPersianArticlesInFa() throws IOException {
        ImportResult result = importOne(
                seed("p.txt", "title: گزارش آب\n\nوزارت نيرو اعلام كرد كه ذخاير آب كم شده است.\n"), false);
        assertEquals(content.resolve("fa"), result.output().getParent());
        assertTrue(Files.readString(result.output()).contains("وزارت نیرو اعلام کرد که ذخایر آب کم شده است."));
    }

    private List<Path> contentFiles() throws IOException {
        try (Stream<Path> all = Files.walk(content)) {
            return all.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
