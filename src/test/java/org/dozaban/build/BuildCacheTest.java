package org.dozaban.build;

import org.dozaban.render.BodyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A body kept in the build cache comes back as it was stored, and a damaged one not at all. */
class BuildCacheTest {

    private static final String TOOL = "0123456789abcdef0123456789abcdef";
    private static final String KEY = "ab" + "c".repeat(62);

    @TempDir
    Path dir;

    private BuildCache open() throws IOException {
        return BuildCache.open(dir.resolve("cache"), dir.resolve("site"), TOOL, "site", false);
    }

    @Test
    void recordsOfTheLastBuildAreEqualWhenEveryPartIs() {
        BuildCache.Recorded one = new BuildCache.Recorded("f", 3, 2, Map.of("", 7L, "a", 8L));
        assertEquals(one, new BuildCache.Recorded("f", 3, 2, Map.of("a", 8L, "", 7L)));
        assertEquals(one.hashCode(), new BuildCache.Recorded("f", 3, 2, Map.of("a", 8L, "", 7L)).hashCode());
        for (BuildCache.Recorded other : List.of(new BuildCache.Recorded("g", 3, 2, one.folders()),
                new BuildCache.Recorded("f", 4, 2, one.folders()), new BuildCache.Recorded("f", 3, 1, one.folders()),
                new BuildCache.Recorded("f", 3, 2, Map.of("", 7L, "a", 9L)), BuildCache.Recorded.NOTHING)) {
            assertNotEquals(one, other);
        }
        assertEquals(BuildCache.Recorded.NOTHING, new BuildCache.Recorded("", 0, 0, Map.of()));
    }

    @Test
    void aBodyComesBackWithItsSummaryAndSearchText() throws IOException {
        // the summary and text hold what the file separates them by: digits and line ends stay in the body
        String html = "<p>12\nسلام</p>\n<p>two</p>";
        open().put(KEY, html, "خلاصه ۱۲", "12 سلام\ntwo");

        BuildCache again = open();
        assertEquals(Optional.of(new BodyStore.Stored(html, "12 سلام\ntwo")), again.body(KEY));
        assertEquals(Optional.of("خلاصه ۱۲"), again.summary(KEY));
        // the text alone, framed by its length in bytes, Persian letters taking two each
        assertEquals(Optional.of("12 سلام\ntwo"), again.searchText(KEY));
        open().put(KEY, html, "", "");
        assertEquals(Optional.of(new BodyStore.Stored(html, "")), open().body(KEY));
    }

    @Test
    void aBodyFileCutShortOrOfAnotherShapeIsNotTaken() throws IOException {
        BuildCache cache = open();
        cache.put(KEY, "<p>body</p>", "summary", "a longer search text");
        Path file = bodyFile();
        String whole = Files.readString(file, StandardCharsets.UTF_8);

        for (String damaged : List.of(whole.substring(0, whole.indexOf("search") + 3), "summary\n<p>body</p>",
                "summary\nlots\ntext<p>body</p>", "summary only")) {
            Files.writeString(file, damaged, StandardCharsets.UTF_8);
            BuildCache again = open();
            assertEquals(Optional.empty(), again.body(KEY), damaged);
            assertEquals(Optional.empty(), again.searchText(KEY), damaged);
        }
    }

    @Test
    void aCleanBuildRemovesTheEntriesItDidNotUseAndAnyBuildThoseOfOtherVersions() throws IOException {
        String other = "cd" + "e".repeat(62);
        String data = "ef" + "0".repeat(62);
        Path site = Files.createDirectories(dir.resolve("site"));
        BuildCache first = open();
        first.put(KEY, "<p>kept</p>", "kept", "kept");
        first.put(other, "<p>gone</p>", "gone", "gone");
        first.putData(data, new byte[] {1, 2, 3});
        Files.writeString(bodyFile().resolveSibling(".store-1.tmp"), "left by a stopped build");
        first.save(first.stateBody(site, Map.of(), List.of()), "inputs", 0, 0);

        // a build that is not clean removes nothing of its own version, whatever it used
        BuildCache incremental = open();
        incremental.summary(KEY);
        incremental.save(incremental.stateBody(site, Map.of(), List.of()), "inputs", 0, 0);
        assertEquals(4, entries("cache/bodies").size());

        // a clean build reads nothing stored before it, only what it stored itself, and keeps only that
        BuildCache clean = BuildCache.open(dir.resolve("cache"), site, TOOL, "site", true);
        assertEquals(Optional.empty(), clean.summary(KEY));
        assertEquals(Optional.empty(), clean.body(KEY));
        assertEquals(Optional.empty(), clean.searchText(KEY));
        assertEquals(Optional.empty(), clean.data(data));
        clean.put(KEY, "<p>made again</p>", "made again", "made again");
        clean.putData(data, new byte[] {4, 5});
        assertEquals(Optional.of("made again"), clean.summary(KEY));
        assertEquals(Optional.of(new BodyStore.Stored("<p>made again</p>", "made again")), clean.body(KEY));
        assertEquals(Optional.of("made again"), clean.searchText(KEY));
        assertEquals(List.of((byte) 4, (byte) 5), bytes(clean.data(data).orElseThrow()));
        clean.save(clean.stateBody(site, Map.of(), List.of()), "inputs", 0, 0);
        assertEquals(List.of(KEY, data + ".data"), entries("cache/bodies"));
        assertEquals(Optional.of(new BodyStore.Stored("<p>made again</p>", "made again")), open().body(KEY));

        // another version of the tool does not read these bodies: they go with its first build
        BuildCache upgraded = BuildCache.open(dir.resolve("cache"), site, "f".repeat(32), "site", false);
        upgraded.put(other, "<p>new</p>", "new", "new");
        upgraded.save(upgraded.stateBody(site, Map.of(), List.of()), "inputs", 0, 0);
        assertEquals(List.of(other), entries("cache/bodies"));
        try (Stream<Path> versions = Files.list(dir.resolve("cache/bodies"))) {
            assertEquals(List.of("ffffffffffffffff"), versions.map(v -> v.getFileName().toString()).toList());
        }
    }

    private static List<Byte> bytes(byte[] array) {
        List<Byte> list = new java.util.ArrayList<>();
        for (byte b : array) {
            list.add(b);
        }
        return list;
    }

    /** The names of the files under {@code folder}, sorted. */
    private List<String> entries(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve(folder))) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private Path bodyFile() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache/bodies"))) {
            return files.filter(f -> f.getFileName().toString().equals(KEY)).findFirst().orElseThrow();
        }
    }
}
