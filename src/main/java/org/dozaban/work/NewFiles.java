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
        return write(folder, prefix, content, true);
    }

    /**
     * {@link #write(Path, String, Content)} for bytes made whole beforehand: written in one write, with no
     * buffer to copy them through.
     */
    public static Path write(Path folder, String prefix, byte[] bytes) throws IOException {
        return write(folder, prefix, out -> out.write(bytes), false);
    }

    private static Path write(Path folder, String prefix, Content content, boolean buffered) throws IOException {
        while (true) {
            Path file = folder.resolve(prefix + randomPart() + ".tmp");
            OutputStream opened;
            try {
                opened = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try (OutputStream out = buffered ? new BufferedOutputStream(opened, 1 << 16) : opened) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        }
    }

    /**
     * Makes a new folder in {@code parent} named {@code prefix} and a random part, as the folder would be made
     * under any other name (its permissions follow the umask), and returns it.
     */
    public static Path folder(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(prefix + randomPart()));
            } catch (FileAlreadyExistsException e) {
                // taken: another name
            }
        }
    }

    /**
     * A random part for a name that no other file is likely to have, which creating the file then checks.
     * Not {@link java.util.UUID#randomUUID} or {@link Files#createTempDirectory}, whose secure random numbers
     * set up the JDK's security providers on their first use, 7–9 ms of every build.
     */
    private static String randomPart() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }
}
