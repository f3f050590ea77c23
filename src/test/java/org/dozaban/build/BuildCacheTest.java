package org.dozaban.build;

import org.dozaban.render.BodyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private Path bodyFile() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache/bodies"))) {
            return files.filter(f -> f.getFileName().toString().equals(KEY)).findFirst().orElseThrow();
        }
    }
}
