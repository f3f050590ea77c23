package org.dozaban.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The watcher reports files whose bytes changed, in any folder below the roots, new ones included. */
class SourceWatcherTest {

    /** Long enough for the system watcher to deliver an event and the burst to settle, many times over. */
    private static final long SETTLE_MILLIS = 1500;

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private SourceWatcher watcher;
    private final ExecutorService waiting = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() throws IOException {
        content = Files.createDirectories(dir.resolve("content/en"));
        templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(content.resolve("a.md"), "first");
        Files.writeString(templates.resolve("base.peb"), "<html>");
        watcher = new SourceWatcher(List.of(dir.resolve("content"), templates));
    }

    @AfterEach
    void stop() throws IOException {
        waiting.shutdownNow();
        watcher.close();
    }

    private Future<Set<Path>> next() {
        return waiting.submit(watcher::next);
    }

    private static Set<Path> get(Future<Set<Path>> change) throws Exception {
        return change.get(10, TimeUnit.SECONDS);
    }

    private static Path abs(Path path) {
        return path.toAbsolutePath().normalize();
    }

    @Test
    void anEditIsAChange() throws Exception {
        Future<Set<Path>> change = next();
        Files.writeString(content.resolve("a.md"), "second");
        assertEquals(Set.of(abs(content.resolve("a.md"))), get(change));
    }

    @Test
    void savingTheSameBytesOrTouchingIsNoChange() throws Exception {
        Future<Set<Path>> change = next();
        Files.writeString(content.resolve("a.md"), "first");
        Files.setLastModifiedTime(templates.resolve("base.peb"), FileTime.from(Instant.now().plusSeconds(60)));
        Files.writeString(content.resolve(".a.md.swp"), "editor state");
        Files.writeString(content.resolve("a.md~"), "backup");
        assertThrows(TimeoutException.class, () -> change.get(SETTLE_MILLIS, TimeUnit.MILLISECONDS));
        Files.writeString(templates.resolve("base.peb"), "<html lang>");
        assertEquals(Set.of(abs(templates.resolve("base.peb"))), get(change));
    }

    @Test
    void aBurstOfWritesIsOneChange() throws Exception {
        Future<Set<Path>> change = next();
        for (int i = 0; i < 5; i++) {
            Files.writeString(content.resolve("b" + i + ".md"), "new " + i);
        }
        assertEquals(5, get(change).size());
    }

    @Test
    void filesInNewFoldersAreWatchedToo() throws Exception {
        Future<Set<Path>> created = next();
        Path fa = Files.createDirectories(dir.resolve("content/fa/deeper"));
        Files.writeString(fa.resolve("c.md"), "new");
        assertEquals(Set.of(abs(fa.resolve("c.md"))), get(created));
        Future<Set<Path>> edited = next();
        Files.writeString(fa.resolve("c.md"), "edited");
        assertEquals(Set.of(abs(fa.resolve("c.md"))), get(edited));
    }

    @Test
    void aRemovedFileIsAChange() throws Exception {
        Future<Set<Path>> change = next();
        Files.delete(content.resolve("a.md"));
        assertEquals(Set.of(abs(content.resolve("a.md"))), get(change));
    }
}
