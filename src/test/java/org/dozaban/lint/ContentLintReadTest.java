package org.dozaban.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text the linter reads from a file: strict UTF-8, a leading byte order mark dropped. */
class ContentLintReadTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutItsByteOrderMarkAndNothingElse() throws Exception {
        Path file = dir.resolve("a.md");
        Files.write(file, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', ' ', (byte) 0xD8, (byte) 0xA8});
        assertEquals(Optional.of("hi ب"), ContentLint.read(file));
        Files.write(file, new byte[]{'h', 'i', ' ', (byte) 0xC3, '(', '\n'});
        assertEquals(Optional.empty(), ContentLint.read(file), "not UTF-8: the loader reports where");
        Files.write(file, new byte[]{'a', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertEquals(Optional.of("a\uFEFF"), ContentLint.read(file), "a mark elsewhere is text");
    }
}
