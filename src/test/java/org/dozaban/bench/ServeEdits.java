package org.dozaban.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The preview case: a writer saves an article while {@code serve} runs. Starts {@code dozaban serve} as a
 * child process on a copy of the corpus, listens to its reload events as a page does, and times each save
 * to the first reload event (which the article's open page reloads for), and to the line that reports the
 * rebuild of every page that shows the article done; then the same edits under {@code hugo server}, timed
 * to the line with which it reports a rebuild done (it sends its reload then). Prints figures; asserts
 * nothing.
 */
final class ServeEdits {

    private static final int EDITS = 5;
    private static final long START_SECONDS = 1800;
    private static final long EDIT_SECONDS = 300;
    private static final String END = "\u0000end";
    /** How long after a rebuild its last event has surely come. */
    private static final long SETTLE_MILLIS = 500;

    private ServeEdits() {
    }

    /** A timed line of a child's output or of an event stream. */
    private record Line(long nanos, String text) {
    }

    /** Lines read from a stream as they come, each with the time it was read. */
    private static final class Lines {
        private final BlockingQueue<Line> queue = new LinkedBlockingQueue<>();
        private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        Lines(InputStream in, String name) {
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        queue.add(new Line(System.nanoTime(), line));
                    }
                } catch (IOException e) {
                    // the stream ended with the process
                }
                queue.add(new Line(System.nanoTime(), END));
            }, name);
            reader.setDaemon(true);
            reader.start();
        }

        /** The next line that contains {@code text}; fails when the stream ends or the time is up. */
        Line await(String text, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                Line line = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || line.text().equals(END)) {
                    throw new IllegalStateException((line == null ? "no \"" + text + "\" in " + seconds + " s"
                            : "the stream ended before \"" + text + "\"") + "; last lines:\n" + tail());
                }
                seen.add(line.text());
                if (line.text().contains(text)) {
                    return line;
                }
            }
        }

        /** Forgets the lines read so far and not yet awaited. */
        void drain() {
            List<Line> lines = new ArrayList<>();
            queue.drainTo(lines);
            lines.forEach(line -> seen.add(line.text()));
        }

        String tail() {
            synchronized (seen) {
                return String.join("\n", seen.subList(Math.max(0, seen.size() - 8), seen.size()));
            }
        }
    }

    /**
     * Runs the case for Dozaban ({@code serve} is {@code command} followed by its options) and, when
     * {@code hugo} is given, for Hugo on its equivalent site.
     *
     * @param disposal takes the folders the case is done with
     * @param article  the file of one article in {@code content}, and {@code hugoArticle} the same in the Hugo site
     */
    static void run(Disposal disposal, List<String> command, Map<String, String> environment, Path content,
                    Path templates, Path article, Path work, Path hugo, Path hugoSite, Path hugoArticle)
            throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "%nediting an article while previewing: %d saves, each timed to the reload%n",
                EDITS);
        Path dir = work.resolve("serve");
        disposal.later(dir);
        Path copy = dir.resolve("content");
        OutputTree.copy(content, copy);
        int port = freePort();
        List<String> serve = new ArrayList<>(command);
        serve.addAll(List.of("serve", "--content", copy.toString(), "--templates", templates.toString(), "--out",
                dir.resolve("preview").toString(), "--port", Integer.toString(port)));
        Process process = start(serve, dir, environment);
        try {
            Lines log = new Lines(process.getInputStream(), "dozaban-serve-output");
            log.await("built ", START_SECONDS);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.getOutputStream().write(("GET /_dozaban/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                Lines events = new Lines(socket.getInputStream(), "dozaban-serve-events");
                // the state on connecting: the first build
                events.await("event: built", EDIT_SECONDS);
                List<Long> millis = new ArrayList<>();
                List<Long> whole = new ArrayList<>();
                String rebuilt = "";
                for (int i = 0; i < EDITS; i++) {
                    long saved = append(copy.resolve(content.relativize(article)), i);
                    millis.add((events.await("event: built", EDIT_SECONDS).nanos() - saved) / 1_000_000);
                    Line done = log.await("rebuilt ", EDIT_SECONDS);
                    whole.add((done.nanos() - saved) / 1_000_000);
                    rebuilt = done.text();
                    // the event of the build that follows a page shown ahead of it, if any
                    Thread.sleep(SETTLE_MILLIS);
                    events.drain();
                }
                print("dozaban", "save to reload event", millis);
                print("dozaban", "save to rebuild done", whole);
                System.out.printf(Locale.ROOT, "%27s last: %s%n", "", rebuilt);
            }
        } finally {
            stop(process);
            disposal.later(dir.resolve("preview"));
        }
        if (hugo != null) {
            hugo(hugo, hugoSite, hugoArticle, dir);
        }
        disposal.later(dir);
    }

    /** The same saves under {@code hugo server}, which renders into memory. */
    private static void hugo(Path hugo, Path site, Path article, Path dir) throws IOException, InterruptedException {
        Path copy = dir.resolve("hugo");
        OutputTree.copy(site, copy);
        int port = freePort();
        Process process = start(List.of(hugo.toString(), "server", "--source", copy.toString(), "--bind",
                "127.0.0.1", "--port", Integer.toString(port), "--cacheDir", dir.resolve("hugo-cache").toString()),
                dir, Map.of());
        try {
            Lines log = new Lines(process.getInputStream(), "hugo-server-output");
            log.await("Web Server is available", START_SECONDS);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < EDITS; i++) {
                long saved = append(copy.resolve(site.relativize(article)), i);
                millis.add((log.await("Total in", EDIT_SECONDS).nanos() - saved) / 1_000_000);
            }
            print("hugo", "save to rebuild done", millis);
        } finally {
            stop(process);
        }
    }

    /** Adds a sentence to the article, as a save in an editor does; returns when it was saved. */
    private static long append(Path article, int edit) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        long saved = System.nanoTime();
        Files.writeString(article, text + "\nEdit " + edit + " of the article.\n", StandardCharsets.UTF_8);
        return saved;
    }

    private static void print(String tool, String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-8s %-21s median %6d ms  (min %d, max %d; each: %s)%n", tool, what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), millis);
    }

    private static Process start(List<String> command, Path dir, Map<String, String> environment) throws IOException {
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
