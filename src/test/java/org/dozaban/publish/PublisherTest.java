package org.dozaban.publish;

import org.dozaban.render.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublisherTest {

    @TempDir
    Path dir;

    @Test
    void writesPagesAndAssetsAndReplacesOldOutput() throws IOException {
        Path assets = dir.resolve("assets");
        Files.createDirectories(assets.resolve("fonts"));
        Files.writeString(assets.resolve("style.css"), "body{}");
        Files.writeString(assets.resolve("fonts/a.woff2"), "x");
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.html"), "old");

        int copied = Publisher.publish(List.of(new Page("en/index.html", "<p>سلام</p>")), assets, out);

        assertEquals(2, copied);
        assertEquals("<p>سلام</p>", Files.readString(out.resolve("en/index.html"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(out.resolve("assets/fonts/a.woff2")));
        assertFalse(Files.exists(out.resolve("stale.html")), "files of the previous build are gone");
        assertEquals(List.of("assets", "site"), siblings(), "no staging folder is left behind");
    }

    @Test
    void foldersLeftEmptyByTheNewOutputAreRemovedAndOthersKept() throws IOException {
        Path assets = dir.resolve("assets");
        Files.createDirectories(assets);
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve("en/old/deeper"));
        Files.writeString(out.resolve("en/old/deeper/index.html"), "old");
        Files.writeString(out.resolve("en/old/index.html"), "old");
        Files.createDirectories(out.resolve("fa/gone"));
        Files.writeString(out.resolve("fa/gone/index.html"), "old");
        Files.createDirectories(out.resolve("empty/before"));

        Publisher.publish(List.of(new Page("en/index.html", "new"), new Page("fa/kept/index.html", "new")), assets, out);

        assertEquals("new", Files.readString(out.resolve("en/index.html")));
        assertFalse(Files.exists(out.resolve("en/old")), "a folder whose files are all gone goes, with its subfolders");
        assertFalse(Files.exists(out.resolve("fa/gone")));
        assertTrue(Files.isRegularFile(out.resolve("fa/kept/index.html")));
        assertFalse(Files.exists(out.resolve("empty")), "a folder that was empty before goes too");
    }

    @Test
    void recordedFilesNoLongerProducedGoWithTheFoldersTheyLeaveEmptyWithoutAWalk() throws IOException {
        Path out = dir.resolve("site");
        List<String> before = List.of("en/index.html", "en/old/deeper/index.html", "en/old/index.html",
                "fa/gone/index.html", "fa/kept/index.html", "fa/kept/other.html", "top.html");
        java.util.Map<String, FileRecord> previous = new java.util.HashMap<>();
        for (String path : before) {
            Files.createDirectories(out.resolve(path).getParent());
            Files.writeString(out.resolve(path), "old " + path);
            previous.put(path, new FileRecord("key of " + path, ("old " + path).length()));
        }
        OutputTree tree = OutputTree.open(out, previous, true);
        tree.write("en/index.html", "new", "new");
        assertTrue(tree.unchanged("fa/kept/index.html", "key of fa/kept/index.html"));
        tree.write("fa/new/index.html", "new", "new");
        tree.commit();

        try (Stream<Path> walk = Files.walk(out)) {
            assertEquals(List.of("", "en", "en/index.html", "fa", "fa/kept", "fa/kept/index.html", "fa/new",
                            "fa/new/index.html"),
                    walk.map(p -> out.relativize(p).toString()).sorted().toList());
        }
        assertEquals("new", Files.readString(out.resolve("en/index.html")));
        assertEquals(List.of("site"), siblings(), "no staging folder is left behind");
    }

    @Test
    void failedPublishLeavesOutputUntouched() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "old");
        List<Page> clash = List.of(new Page("a/index.html", "1"), new Page("a/index.html", "2"));

        assertThrows(IllegalStateException.class, () -> Publisher.publish(clash, dir.resolve("none"), out));

        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void refusesPagesOutsideTheOutputFolder() {
        List<Page> escape = List.of(new Page("../evil.html", "x"));
        assertThrows(IllegalStateException.class, () -> Publisher.publish(escape, dir.resolve("none"), dir.resolve("site")));
        assertFalse(Files.exists(dir.resolve("evil.html")));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
