package org.dozaban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Folders a benchmark is done with, deleted only once every measurement is over. A file system may make
 * deleting a large tree cost the next process that creates files: ext4 without a journal passes over the
 * inodes freed in the last minute or more each time it allocates one, so a build measured right after the
 * last one's output was deleted spent three times the kernel time. Until then the folders are moved aside,
 * into {@code .disposed/} of the working folder, which a rename does without touching their files.
 */
final class Disposal {

    private final Path bin;
    private int count;

    Disposal(Path work) {
        this.bin = work.resolve(".disposed");
    }

    /** Moves {@code dir}, when it exists, out of the way, to be deleted by {@link #empty}. */
    void later(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.createDirectories(bin);
        Path target;
        do {
            target = bin.resolve(++count + "-" + dir.getFileName());
        } while (Files.exists(target));
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes every folder moved aside, and any left by an earlier run that was stopped. */
    void empty() throws IOException {
        OutputTree.delete(bin);
    }
}
