package org.dozaban.work;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewFilesTest {

    @TempDir
    Path folder;

    @Test
    void aNewFileHoldsWhatWasWrittenUnderANameOfItsOwn() throws IOException {
        Set<Path> made = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String text = "entry " + i;
            Path file = NewFiles.write(folder, ".store-", out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            assertEquals(folder, file.getParent());
            String name = file.getFileName().toString();
            assertTrue(name.startsWith(".store-") && name.endsWith(".tmp") && name.length() > ".store-.tmp".length(),
                    name);
            assertEquals(text, Files.readString(file));
            assertTrue(made.add(file), "a name given twice: " + name);
        }
        assertEquals(made, listed());
    }

    @Test
    void aFailedWriteLeavesNoFileAndPassesTheFailureOn() throws IOException {
        IOException full = new IOException("no space left on device");
        IOException thrown = assertThrows(IOException.class, () -> NewFiles.write(folder, ".state-", out -> {
            out.write(new byte[100_000]);
            throw full;
        }));
        assertSame(full, thrown);
        IllegalStateException broken = new IllegalStateException("broken writer");
        assertSame(broken, assertThrows(IllegalStateException.class,
                () -> NewFiles.write(folder, ".state-", out -> {
                    throw broken;
                })));
        assertEquals(Set.of(), listed());
    }

    private Set<Path> listed() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new HashSet<>(files.toList());
        }
    }
}
