package org.dozaban.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The outcome of the preview's last build, as open pages see it, pushed to each of them as
 * Server-Sent Events on {@link #PATH}: {@code built} with the build's id after a good build, so pages
 * of an older build reload; {@code broken} with the error messages, one per line, while the build
 * fails. A page that connects gets the current state at once.
 */
final class LiveReload {

    /** Where pages listen for events; no built file has this path. */
    static final String PATH = "/_dozaban/events";

    private static final long HEARTBEAT_SECONDS = 15;
    private static final String STOP = "";

    /** Tells this run's builds from an earlier run's, whose pages should reload too. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Set<BlockingQueue<String>> pages = ConcurrentHashMap.newKeySet();
    private int builds;
    private List<String> errors = List.of();
    private String baseUrl;
    private volatile boolean closed;

    /** A build succeeded: every page of an earlier build reloads, and error overlays go. */
    synchronized void built(String siteBaseUrl) {
        builds++;
        errors = List.of();
        baseUrl = siteBaseUrl;
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
        return errors.isEmpty() ? event("built", List.of(buildId())) : event("broken", errors);
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
