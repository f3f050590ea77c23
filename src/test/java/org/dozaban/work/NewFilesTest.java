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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void bytesMadeWholeAreWrittenAsTheyAreUnderANameOfTheirOwn() throws IOException {
        byte[] large = new byte[200_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        Path first = NewFiles.write(folder, ".store-", large);
        Path second = NewFiles.write(folder, ".store-", "سلام".getBytes(StandardCharsets.UTF_8));
        assertTrue(first.getFileName().toString().startsWith(".store-") && first.toString().endsWith(".tmp"),
                first.toString());
        assertArrayEquals(large, Files.readAllBytes(first));
        assertEquals("سلام", Files.readString(second));
        assertEquals(Set.of(first, second), listed());
    }

    @Test
    void eachNewFolderIsEmptyAndOfItsOwnName() throws IOException {
        Set<Path> made = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Path staging = NewFiles.folder(folder, ".site-new-");
            assertTrue(Files.isDirectory(staging) && staging.getFileName().toString().startsWith(".site-new-"),
                    staging.toString());
            assertTrue(made.add(staging));
            Files.writeString(staging.resolve("x"), "x");
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
