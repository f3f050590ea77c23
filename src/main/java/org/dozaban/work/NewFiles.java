package org.dozaban.work;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files written whole under a name of their own, to be moved into place afterwards. Each is created and
 * written through one open, unlike {@link Files#createTempFile} followed by a stream, which opens the
 * empty file again and truncates it: on ext4 a file truncated to nothing is written out to disk when it is
 * closed, so a build that stores thousands of files that way spent about a second of CPU time in the
 * kernel starting writes it did not need.
 */
public final class NewFiles {

    /**
     * Writes a file's bytes to a stream, which it must not close: here, and for the data a build cache
     * stores as it is made.
     */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private NewFiles() {
    }

    /**
     * Writes {@code content} into a new file in {@code folder} named {@code prefix}, a random part and
     * {@code .tmp}, and returns it; on failure the file is deleted and the exception passed on.
     */
    public static Path write(Path folder, String prefix, Content content) throws IOException {
        while (true) {
            Path file = folder.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            OutputStream opened;
            try {
                opened = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try (OutputStream out = new BufferedOutputStream(opened, 1 << 16)) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        }
    }
}
