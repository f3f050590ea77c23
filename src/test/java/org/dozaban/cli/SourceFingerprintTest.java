package org.dozaban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SourceFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void changesWhenAFileIsAddedEditedOrRemoved() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "one");
        List<Path> folders = List.of(dir, dir.resolve("missing"));
        SourceFingerprint first = SourceFingerprint.of(folders);
        assertEquals(first, SourceFingerprint.of(folders), "nothing changed");

        Files.writeString(a, "two, longer");
        SourceFingerprint edited = SourceFingerprint.of(folders);
        assertNotEquals(first, edited);

        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
        SourceFingerprint touched = SourceFingerprint.of(folders);
        assertNotEquals(edited, touched, "same size, new time");

        Path b = Files.writeString(Files.createDirectories(dir.resolve("fa")).resolve("b.md"), "x");
        SourceFingerprint added = SourceFingerprint.of(folders);
        assertNotEquals(touched, added);

        Files.delete(b);
        assertEquals(touched, SourceFingerprint.of(folders), "back to the earlier tree");
    }
}
