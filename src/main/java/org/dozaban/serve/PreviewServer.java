package org.dozaban.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a folder of built pages over HTTP on GET and HEAD, with each HTML page given the
 * live-reload script. Every connection is handled on a thread of its own, so a slow or stuck client
 * holds up nobody else.
 */
final class PreviewServer implements AutoCloseable {

    static final String ALLOWED = "GET, HEAD";
    static final String NOT_FOUND = "404.html";

    private final Path root;
    private final LiveReload live;
    private final HttpServer server;
    private final ExecutorService threads;
    /** Files served instead of the output folder's, by site-relative path. */
    private final Map<String, byte[]> shown = new ConcurrentHashMap<>();

    private PreviewServer(Path root, LiveReload live, HttpServer server, ExecutorService threads) {
        this.root = root;
        this.live = live;
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving {@code root} at {@code address} (port 0 picks a free one).
     *
     * @throws java.net.BindException when the address is in use or not this machine's
     */
    static PreviewServer start(InetSocketAddress address, Path root, LiveReload live) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService threads = Executors.newCachedThreadPool(daemonThreads());
        PreviewServer preview = new PreviewServer(root.toAbsolutePath().normalize(), live, server, threads);
        server.createContext("/", preview::handle);
        server.setExecutor(threads);
        server.start();
        return preview;
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        live.close();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", ALLOWED);
                send(exchange, 405, "text/plain; charset=utf-8",
                        ("405 method not allowed: the preview answers " + ALLOWED + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (LiveReload.PATH.equals(path)) {
                live.stream(exchange);
                return;
            }
            serveFile(exchange, path == null || path.isEmpty() ? "/" : path);
        }
    }

    /**
     * Serves {@code bytes} as the file at {@code path} (site-relative) instead of the output folder's,
     * until {@link #showFiles}: a page made ahead of the build that writes it.
     */
    void show(String path, byte[] bytes) {
        shown.put(path, bytes.clone());
    }

    /** Serves the output folder's files again, and nothing shown instead of them. */
    void showFiles() {
        shown.clear();
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.exists(file)) {
            notFound(exchange);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                // relative links inside the page resolve against its folder, so the folder needs its slash
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location",
                        exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
        }
        String type = ContentTypes.of(file);
        String relative = root.relativize(file).toString().replace('\\', '/');
        byte[] body = shown.get(relative);
        if (body == null) {
            body = Files.readAllBytes(file);
        }
        send(exchange, 200, type, ContentTypes.isHtml(type)
                ? page(new String(body, StandardCharsets.UTF_8), relative) : body);
    }

    /**
     * The site's 404 page. Its links are absolute from the production {@code baseUrl}, as any host
     * shows it at any address; here they point at this server instead.
     */
    private void notFound(HttpExchange exchange) throws IOException {
        Path file = root.resolve(NOT_FOUND);
        String html;
        if (Files.isRegularFile(file)) {
            html = Files.readString(file, StandardCharsets.UTF_8);
            String baseUrl = live.baseUrl();
            if (baseUrl != null) {
                html = html.replace(baseUrl, "/");
            }
        } else {
            html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title></head>"
                    + "<body><p>The preview has no page here: the site has not been built yet.</p></body></html>\n";
        }
        // no file of its own: it reloads after every build, which may have made the page asked for
        send(exchange, 404, ContentTypes.HTML, page(html, null));
    }

    /** {@code html} with the reload script, told the site-relative {@code file} it is (null for none). */
    private byte[] page(String html, String file) {
        return ReloadScript.inject(html, live.buildId(), file).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if ("HEAD".equals(exchange.getRequestMethod()) || body.length == 0) {
            // a HEAD answer has headers only; the JDK server would refuse a body with it
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "dozaban-preview-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
