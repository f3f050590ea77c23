package org.dozaban.serve;

import com.sun.net.httpserver.HttpExchange;
import org.dozaban.search.SearchFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The outcome of the preview's last build, as open pages see it, pushed to each of them as
 * Server-Sent Events on {@link #PATH}. After a good build, {@code built} with the build's id, the id of
 * the build before it, and the site-relative files it changed, one per line ({@link #EVERYTHING} for
 * any file): a page of the build before reloads when its own file is among them, and a page of an older
 * build reloads always. While the build fails, {@code broken} with the error messages, one per line. A
 * page that connects gets the current state at once: the last {@code built} event, or {@code broken}.
 */
final class LiveReload {

    /** Where pages listen for events; no built file has this path. */
    static final String PATH = "/_dozaban/events";

    /** Stands for every file: a change of an asset, or of more files than are worth listing. */
    static final String EVERYTHING = "*";
    /** More changed files than this are told as {@link #EVERYTHING}. */
    static final int MOST_FILES = 500;

    private static final long HEARTBEAT_SECONDS = 15;
    private static final String STOP = "";

    /** Tells this run's builds from an earlier run's, whose pages should reload too. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Set<BlockingQueue<String>> pages = ConcurrentHashMap.newKeySet();
    private int builds;
    private List<String> errors = List.of();
    /**
     * The lines of the last good build's event, which a page that connects gets too: one served just before
     * it, that connects just after it, reloads only if it changed its file.
     */
    private List<String> lastBuilt = List.of("none");
    private String baseUrl;
    private volatile boolean closed;

    /**
     * A build succeeded: the pages whose files it changed reload, those of builds before the last one too,
     * and error overlays go.
     *
     * @param changed the site-relative files it wrote or removed, or {@link #EVERYTHING}; data no page
     *                reads (feeds, sitemaps) reloads none, and the files of the search index are told as
     *                one, {@link SearchFiles#FOLDER}, which reloads the pages that read them
     */
    synchronized void built(String siteBaseUrl, List<String> changed) {
        String previous = buildId();
        builds++;
        errors = List.of();
        baseUrl = siteBaseUrl;
        List<String> lines = new ArrayList<>(List.of(buildId(), previous));
        List<String> files = new ArrayList<>();
        boolean everything = false;
        boolean search = false;
        for (String path : changed) {
            String type = ContentTypes.of(Path.of(path));
            if (path.startsWith(SearchFiles.FOLDER)) {
                search = true;
            } else if (ContentTypes.isHtml(type)) {
                files.add(path);
            } else if (!ContentTypes.isData(type)) {
                // a style sheet, script, font or image may be in any page
                everything = true;
            }
        }
        if (search) {
            files.add(SearchFiles.FOLDER);
        }
        lines.addAll(everything || files.size() > MOST_FILES ? List.of(EVERYTHING) : files);
        lastBuilt = List.copyOf(lines);
        broadcast(current());
    }

    /** A build failed with {@code messages}: every page shows them over the last good build. */
    synchronized void broken(List<String> messages) {
        errors = List.copyOf(messages);
        broadcast(current());
    }

    /** The id of the last good build, written into each page served, or "none" before the first. */
    synchronized String buildId() {
        return builds == 0 ? "none" : run + "-" + builds;
    }

    /** The site's {@code baseUrl} as of the last good build, or null before the first. */
    synchronized String baseUrl() {
        return baseUrl;
    }

    synchronized boolean isBroken() {
        return !errors.isEmpty();
    }

    /**
     * Streams events to one page until it goes away or the preview stops. Holds its thread for that
     * long, so the server gives each connection a thread of its own.
     */
    void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        synchronized (this) {
            queue.add("retry: 500\n\n" + current());
            pages.add(queue);
        }
        try (OutputStream body = exchange.getResponseBody()) {
            while (!closed) {
                String event = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (STOP.equals(event)) {
                    break;
                }
                // a comment line keeps the connection open and shows when the page has gone
                body.write((event == null ? ": ping\n\n" : event).getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException e) {
            // the page was closed or reloaded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pages.remove(queue);
        }
    }

    /** Ends every stream. */
    void close() {
        closed = true;
        pages.forEach(queue -> queue.add(STOP));
    }

    private String current() {
        return errors.isEmpty() ? event("built", lastBuilt) : event("broken", errors);
    }

    private void broadcast(String event) {
        pages.forEach(queue -> queue.add(event));
    }

    /** One event; each line of each message becomes a data line, which the browser joins with newlines. */
    static String event(String name, List<String> messages) {
        StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
        for (String message : messages) {
            for (String line : message.split("\r\n|\r|\n", -1)) {
                out.append("data: ").append(line).append('\n');
            }
        }
        return out.append('\n').toString();
    }
}
