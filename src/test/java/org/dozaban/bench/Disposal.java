package org.dozaban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Folders a benchmark is done with, deleted only once every measurement is over. A file system may make
 * deleting a large tree cost the next process that creates files: ext4 without a journal passes over the
 * inodes freed in the last minute or more each time it allocates one, so a build measured right after the
 * last one's output was deleted spent three times the kernel time. Until then the folders are moved aside,
 * into {@code .disposed/} of the working folder, which a rename does without touching their files.
 *
 * <p>The inodes a deletion frees are passed over for a minute, or six when their inode table block has
 * not been written out yet: creating 3,000 files on this machine took 0.25 s before deleting 50,000 and
 * 0.6-1.35 s at any time in the six minutes after it. So the time of the last deletion is recorded, and a
 * run that starts sooner after it waits out the rest first.
 */
final class Disposal {

    /** How long after a deletion file creation may still be slowed by it. */
    static final Duration SETTLE = Duration.ofMinutes(6);

    private final Path bin;
    private final Path stamp;
    private int count;

    Disposal(Path work) {
        this.bin = work.resolve(".disposed");
        this.stamp = work.resolve(".disposed-at");
    }

    /**
     * Waits until {@link #SETTLE} has passed since the last run deleted its folders, saying why, so that
     * the first measurements are not slowed by that deletion.
     */
    void settle() throws IOException, InterruptedException {
        Duration left = remaining(Instant.now());
        if (left.isZero()) {
            return;
        }
        System.out.printf(Locale.ROOT, "waiting %d s: the last run deleted its folders %d s ago, and this file"
                        + " system creates files more slowly for %d minutes after a large deletion%n",
                left.toSeconds(), SETTLE.minus(left).toSeconds(), SETTLE.toMinutes());
        Thread.sleep(left.toMillis());
    }

    /**
     * What is left at {@code now} of {@link #SETTLE} since the last run deleted its folders; zero when
     * none did, or long enough ago, or the record is of a time after {@code now}.
     */
    Duration remaining(Instant now) throws IOException {
        if (!Files.isRegularFile(stamp)) {
            return Duration.ZERO;
        }
        Duration since = Duration.between(Files.getLastModifiedTime(stamp).toInstant(), now);
        return since.isNegative() || since.compareTo(SETTLE) >= 0 ? Duration.ZERO : SETTLE.minus(since);
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
        if (Files.exists(bin)) {
            OutputTree.delete(bin);
            Files.writeString(stamp, Instant.now() + "\n");
        }
    }
}
