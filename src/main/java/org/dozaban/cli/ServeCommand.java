package org.dozaban.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dozaban serve}: serve the built site on localhost for preview. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the built site on http://127.0.0.1:PORT/ for preview (run 'dozaban build' first).",
            "Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path root = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            spec.commandLine().getErr().println("error: " + out + " does not exist\n  hint: run 'dozaban build' first.");
            return ExitCodes.INPUT_ERROR;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> respond(root, exchange));
        server.start();
        spec.commandLine().getOut().printf(Locale.ROOT, "serving %s at http://127.0.0.1:%d/ (Ctrl-C to stop)%n", out, port);
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await();
        return ExitCodes.OK;
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
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
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
