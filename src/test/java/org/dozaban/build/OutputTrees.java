package org.dozaban.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Output folders read back for comparison: every file's bytes, or its modification time, by path. */
final class OutputTrees {

    private OutputTrees() {
    }

    static Map<String, String> contents(Path root) {
        Map<String, String> files = new TreeMap<>();
        walk(root, (path, file) -> files.put(path, new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)));
        return files;
    }

    static Map<String, FileTime> mtimes(Path root) {
        Map<String, FileTime> files = new TreeMap<>();
        walk(root, (path, file) -> files.put(path, Files.getLastModifiedTime(file)));
        return files;
    }

    /** Files and folders beside {@code out} whose names start with a dot and its name: leftovers. */
    static long leftovers(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        try (Stream<Path> entries = Files.list(abs.getParent())) {
            return entries.filter(p -> p.getFileName().toString().startsWith("." + abs.getFileName() + "-")).count();
        }
    }

    private interface Visit {
        void accept(String path, Path file) throws IOException;
    }

    private static void walk(Path root, Visit visit) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                visit.accept(root.relativize(file).toString().replace('\\', '/'), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
