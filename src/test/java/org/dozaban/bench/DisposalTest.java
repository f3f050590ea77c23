package org.dozaban.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisposalTest {

    @Test
    void foldersMovedAsideAreDeletedOnlyWhenEmptied(@TempDir Path work) throws IOException {
        Path out = Files.createDirectories(work.resolve("out/a"));
        Files.writeString(out.resolve("index.html"), "x");
        Disposal disposal = new Disposal(work);
        disposal.later(work.resolve("out"));
        assertFalse(Files.exists(work.resolve("out")));
        assertTrue(Files.exists(work.resolve(".disposed/1-out/a/index.html")));
        disposal.empty();
        assertFalse(Files.exists(work.resolve(".disposed")));
    }

    @Test
    void aRunRightAfterADeletionWaitsOutTheRestOfSixMinutes(@TempDir Path work) throws IOException {
        Disposal disposal = new Disposal(work);
        assertEquals(Duration.ZERO, disposal.remaining(Instant.now()), "nothing was ever deleted");
        disposal.empty();
        assertEquals(Duration.ZERO, disposal.remaining(Instant.now()), "emptying nothing deletes nothing");

        Files.createDirectories(work.resolve("out"));
        disposal.later(work.resolve("out"));
        disposal.empty();
        Instant deleted = Files.getLastModifiedTime(work.resolve(".disposed-at")).toInstant();
        assertEquals(Duration.ofMinutes(6), disposal.remaining(deleted));
        assertEquals(Duration.ofMinutes(4), disposal.remaining(deleted.plus(Duration.ofMinutes(2))));
        assertEquals(Duration.ZERO, disposal.remaining(deleted.plus(Duration.ofMinutes(6))));
        assertEquals(Duration.ZERO, disposal.remaining(deleted.minus(Duration.ofMinutes(1))),
                "a record from the future is a changed clock, not a reason to wait");
    }
}
