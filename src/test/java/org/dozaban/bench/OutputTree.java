package org.dozaban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/** The files of a built site: how many there are, and which changed between two builds. */
final class OutputTree {

    /** A file's modification time, size and checksum of its bytes. */
    record FileState(long modifiedNanos, long size, long checksum) {
    }

    /**
     * Files compared between two snapshots.
     *
     * @param total     files after
     * @param rewritten files present before and after whose modification time changed
     * @param changed   files present before and after whose bytes changed
     * @param added     files only after
     * @param removed   files only before
     */
    record Changes(int total, int rewritten, int changed, int added, int removed) {
    }

    private OutputTree() {
    }

    /** Counts the {@code .html} files under {@code root}. */
    static long htmlPages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).count();
        }
    }

    /** Every regular file under {@code root} by its relative path. */
    static Map<String, FileState> snapshot(Path root) throws IOException {
        Map<String, FileState> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    CRC32C crc = new CRC32C();
                    crc.update(Files.readAllBytes(file));
                    files.put(root.relativize(file).toString(), new FileState(
                            attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                            attributes.size(), crc.getValue()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    static Changes compare(Map<String, FileState> before, Map<String, FileState> after) {
        int rewritten = 0;
        int changed = 0;
        int added = 0;
        for (Map.Entry<String, FileState> file : after.entrySet()) {
            FileState old = before.get(file.getKey());
            if (old == null) {
                added++;
                continue;
            }
            if (old.modifiedNanos() != file.getValue().modifiedNanos()) {
                rewritten++;
            }
            if (old.size() != file.getValue().size() || old.checksum() != file.getValue().checksum()) {
                changed++;
            }
        }
        int removed = (int) before.keySet().stream().filter(path -> !after.containsKey(path)).count();
        return new Changes(after.size(), rewritten, changed, added, removed);
    }

    /** Deletes {@code root} and everything under it, if it exists. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Copies the folder {@code from} and everything under it to {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    // with its modification time: an archive is copied as it was written, not as just edited
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Total bytes of the regular files under {@code root}. */
    static long bytes(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
