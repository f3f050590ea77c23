package org.dozaban.bench;

import org.dozaban.serve.Preview;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints, in {@code serve}, the time from saving an article to the reload event reaching a page (an
 * event-stream client like the pages' script). Measures only; asserts nothing about speed. Run with
 * {@code mvn test -Dgroups=benchmark -Dbench.excluded=none -Dtest=ServeBenchmark} (size with
 * {@code -Dbench.articles=N}, edits with {@code -Dbench.edits=N}).
 */
@Tag("benchmark")
class ServeBenchmark {

    @TempDir
    Path dir;

    @Test
    void saveToReloadEvent() throws Exception {
        int articles = Integer.getInteger("bench.articles", 1000);
        int edits = Integer.getInteger("bench.edits", 5);
        Path content = dir.resolve("content");
        new CorpusGenerator(1).writeContent(content, articles);
        StringWriter log = new StringWriter();
        try (Preview preview = Preview.start(new Preview.Options(content, Path.of("templates"), dir.resolve("preview"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), new PrintWriter(log, true));
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), preview.uri().getPort())) {
            socket.setSoTimeout(600_000);
            socket.getOutputStream().write("GET /_dozaban/events HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            BufferedReader events = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            nextBuild(events);
            Path article;
            try (Stream<Path> english = Files.list(content.resolve("en"))) {
                article = english.sorted().findFirst().orElseThrow();
            }
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                long saved = System.nanoTime();
                Files.writeString(article, Files.readString(article) + "\nEdit " + i + ".\n");
                nextBuild(events);
                millis.add((System.nanoTime() - saved) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "benchmark: serve, %d articles: save to reload event %d ms median"
                    + " (min %d, max %d, %d edits)%n", articles, millis.get(millis.size() / 2), millis.get(0),
                    millis.get(millis.size() - 1), edits);
            System.out.print(log);
        }
    }

    private static void nextBuild(BufferedReader events) throws Exception {
        String line;
        while ((line = events.readLine()) != null) {
            if (line.equals("event: built")) {
                return;
            }
        }
        throw new AssertionError("the event stream ended");
    }
}
