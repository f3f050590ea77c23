package org.dozaban.serve;

import org.dozaban.text.KeyHash;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders and everything below them with the system's file watcher. A burst of events (an
 * editor's save, a checkout) is taken as one change once the folders have been quiet for a moment.
 * A change counts only when a file's bytes differ from what they were: saving a file unchanged,
 * touching it, or an editor's temporary files coming and going is no change.
 */
final class SourceWatcher implements AutoCloseable {

    /** How long the folders must be quiet before a burst of events counts as over. */
    static final long QUIET_MILLIS = 30;
    /** The longest a burst is waited for: a stream of writes is still built now and then. */
    static final long MAX_WAIT_MILLIS = 1000;

    private final List<Path> roots;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Map<Path, byte[]> hashes = new HashMap<>();

    /** Starts watching {@code roots}, each an existing folder, and records the bytes of every file in them. */
    SourceWatcher(List<Path> roots) throws IOException {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.service = FileSystems.getDefault().newWatchService();
        Set<Path> files = new TreeSet<>();
        for (Path root : this.roots) {
            addTree(root, files);
        }
        files.forEach(file -> hashes.put(file, hashOrEmpty(file)));
    }

    /**
     * Waits for the next change and returns the files that changed: added, removed, or with other
     * bytes than before.
     *
     * @throws InterruptedException when interrupted while waiting
     * @throws ClosedWatchServiceException when closed while waiting
     */
    Set<Path> next() throws InterruptedException, IOException {
        while (true) {
            Set<Path> touched = new TreeSet<>();
            take(service.take(), touched);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
            WatchKey more;
            while (System.nanoTime() < deadline
                    && (more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                take(more, touched);
            }
            Set<Path> changed = new TreeSet<>();
            for (Path path : touched) {
                if (changed(path)) {
                    changed.add(path);
                }
            }
            if (!changed.isEmpty()) {
                return changed;
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void take(WatchKey key, Set<Path> touched) throws IOException {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                // events were lost: look at everything again
                for (Path root : roots) {
                    addTree(root, touched);
                }
                touched.addAll(hashes.keySet());
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isScratch(path)) {
                continue;
            }
            touched.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                addTree(path, touched);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Watches {@code top} and the folders below it; their files go to {@code found}, to be compared
     * with what was known of them.
     */
    private void addTree(Path top, Set<Path> found) throws IOException {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                    // registered before it is listed: a file made in between is seen either way
                    if (!folders.containsValue(folder)) {
                        folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), folder);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isScratch(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // removed while being walked: its deletion is an event of its own
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // the folder went again at once
        }
    }

    /** Whether {@code path} has other bytes than last seen, or appeared, or went (with all below it). */
    private boolean changed(Path path) {
        if (Files.isDirectory(path)) {
            return false;
        }
        if (!Files.isRegularFile(path)) {
            return hashes.keySet().removeIf(known -> known.startsWith(path));
        }
        byte[] now = hashOrEmpty(path);
        byte[] before = hashes.put(path, now);
        return before == null || !Arrays.equals(before, now);
    }

    /** Editors' swap, backup and lock files, and hidden files: never part of a site. */
    private static boolean isScratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.startsWith("#");
    }

    private static byte[] hashOrEmpty(Path file) {
        try {
            return new KeyHash().bytes(Files.readAllBytes(file)).digest();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
