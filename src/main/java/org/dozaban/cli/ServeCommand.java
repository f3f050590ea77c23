package org.dozaban.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dozaban.build.BuildReport;
import org.dozaban.build.Builder;
import org.dozaban.content.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dozaban serve}: serve the built site on localhost for preview. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the built site on http://127.0.0.1:PORT/ for preview (run 'dozaban build' first).",
            "With --watch, build first and build again whenever content or templates change.",
            "Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    private static final long WATCH_INTERVAL_MS = 1000;
    private static final int MAX_PORT = 65535;

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "xml", "application/xml; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=utf-8");

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Folder to serve (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--port", defaultValue = "1313", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--watch", description = "Build now, then again whenever content or templates change.")
    boolean watch;

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > MAX_PORT) {
            throw new ParameterException(spec.commandLine(),
                    "--port must be a number from 0 to " + MAX_PORT + ", not " + port);
        }
        Path root = out.toAbsolutePath().normalize();
        if (watch) {
            rebuild();
        }
        if (!Files.isDirectory(root)) {
            spec.commandLine().getErr().println("error: " + out + " does not exist\n  hint: run 'dozaban build' first.");
            return ExitCodes.INPUT_ERROR;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> respond(root, exchange));
        server.start();
        spec.commandLine().getOut().printf(Locale.ROOT, "serving %s at http://127.0.0.1:%d/ (Ctrl-C to stop)%n", out, port);
        spec.commandLine().getOut().flush();
        if (watch) {
            watchSources();
        }
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }

    /** Polls the sources once a second and rebuilds after a change; never returns. */
    private void watchSources() throws InterruptedException {
        List<Path> sources = List.of(site.content, site.templates);
        SourceFingerprint seen = SourceFingerprint.of(sources);
        while (true) {
            Thread.sleep(WATCH_INTERVAL_MS);
            SourceFingerprint now = SourceFingerprint.of(sources);
            if (!now.equals(seen)) {
                seen = now;
                rebuild();
            }
        }
    }

    /** Builds the site; errors are printed and the previous site stays served. */
    private void rebuild() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            BuildReport report = Builder.build(new Builder.Options(site.content, site.templates, out));
            stdout.printf("built %d articles: %d pages%n", report.articles(), report.pages());
        } catch (ContentException e) {
            stderr.println(e.report());
            stderr.println(FailureHandler.errorCount(e.problems().size()) + "; still serving the last good build.");
        } catch (IOException | RuntimeException e) {
            stderr.println("error: build failed: " + e.getMessage());
        }
        stdout.flush();
        stderr.flush();
    }

    private static void respond(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = resolve(root, exchange.getRequestURI());
            int status = 200;
            if (file == null) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", type(file));
            if ("HEAD".equals(exchange.getRequestMethod()) || body.length == 0) {
                // a HEAD answer has headers only; the JDK server rejects a body for it
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    /** The file for a request path, or null when there is none inside the root. */
    private static Path resolve(Path root, URI uri) {
        String path = uri.getPath() == null ? "/" : uri.getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
