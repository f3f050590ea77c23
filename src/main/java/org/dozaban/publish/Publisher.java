package org.dozaban.publish;

import org.dozaban.render.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a site into a fresh folder beside the output folder and swaps it in only when everything is
 * written, so the output folder is never left half-written.
 */
public final class Publisher {

    private Publisher() {
    }

    /**
     * Writes {@code pages} and copies the files under {@code assetsDir} (kept under {@code assets/}),
     * then replaces {@code out} with the result.
     *
     * @return the number of asset files copied
     */
    public static int publish(List<Page> pages, Path assetsDir, Path out) throws IOException {
        return publish(pages, List.of(), assetsDir, out);
    }

    /** Like {@link #publish(List, Path, Path)}, also copying {@code files} (such as those of page bundles). */
    public static int publish(List<Page> pages, List<FileCopy> files, Path assetsDir, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + "-new-");
        try {
            writePages(pages, staging);
            copyFiles(files, staging);
            int assets = copyAssets(assetsDir, staging.resolve("assets"));
            swap(staging, target);
            return assets;
        } finally {
            deleteTree(staging);
        }
    }

    private static void writePages(List<Page> pages, Path root) throws IOException {
        Set<String> seen = new HashSet<>();
        for (Page page : pages) {
            if (!seen.add(page.path())) {
                throw new IllegalStateException("two pages at " + page.path());
            }
            Path file = root.resolve(page.path()).normalize();
            if (!file.startsWith(root)) {
                throw new IllegalStateException("page path leaves the site: " + page.path());
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.content(), StandardCharsets.UTF_8);
        }
    }

    private static void copyFiles(List<FileCopy> files, Path root) throws IOException {
        for (FileCopy copy : files) {
            Path file = root.resolve(copy.path()).normalize();
            if (!file.startsWith(root)) {
                throw new IllegalStateException("file path leaves the site: " + copy.path());
            }
            Files.createDirectories(file.getParent());
            Files.copy(copy.source(), file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int copyAssets(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(from)) {
            List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : regular) {
                Path dest = to.resolve(from.relativize(file).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
            }
            return regular.size();
        }
    }

    /** Moves the old folder aside, moves the new one in, then deletes the old one. */
    private static void swap(Path staging, Path target) throws IOException {
        Path parent = target.getParent();
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(parent, "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes a folder tree if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw new UncheckedIOException(e);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
