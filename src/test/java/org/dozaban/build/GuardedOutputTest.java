package org.dozaban.build;

import org.dozaban.testing.Trees;
import org.dozaban.content.ContentException;
import org.dozaban.publish.OutputGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build writes only where it may, and marks what it wrote. */
class GuardedOutputTest {

    private static final Path MINIMAL = Path.of("src/test/resources/sites/minimal/content");

    @TempDir
    Path dir;

    @Test
    void aBuildMarksItsOutputAndMayReplaceItAgain() throws Exception {
        Path content = copy();
        Path out = dir.resolve("site");
        Builder.build(new Builder.Options(content, Path.of("templates"), out));
        assertEquals(OutputGuard.MARKER_TEXT, Files.readString(out.resolve(OutputGuard.MARKER)));
        Files.writeString(out.resolve("stale.html"), "old");

        Builder.build(new Builder.Options(content, Path.of("templates"), out));

        assertTrue(Files.notExists(out.resolve("stale.html")));
    }

    @Test
    void aLinkedOutputFolderIsUpdatedWhereItLives() throws Exception {
        Path content = copy();
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("public"), real);

        Builder.build(new Builder.Options(content, Path.of("templates"), link));

        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.exists(real.resolve("index.html")), "the pages are in the linked folder");
    }

    @Test
    void aFolderWithoutTheMarkerIsLeftAlone() throws Exception {
        Path content = copy();
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("letter.txt"), "keep me");

        ContentException e = assertThrows(ContentException.class,
                () -> Builder.build(new Builder.Options(content, Path.of("templates"), mine)));

        assertTrue(e.report().contains("no .dozaban-output file"), e.report());
        assertEquals("keep me", Files.readString(mine.resolve("letter.txt")));
    }

    private Path copy() throws IOException {
        Path to = dir.resolve("content");
        Trees.copy(MINIMAL, to);
        return to;
    }
}
