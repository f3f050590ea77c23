package org.dozaban.cli;

import org.dozaban.content.ContentException;
import org.dozaban.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dozaban serve}: a live preview of the site, drafts and scheduled articles included. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build a preview of the site, drafts and scheduled articles included, into a folder of its own,"
                + " and serve it on http://127.0.0.1:PORT/.",
            "Changes to content or templates are built at once and every open page reloads; while the build"
                + " is broken, the pages show its errors. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    /** A request still sending its headers after this long is dropped, so stuck clients do not pile up. */
    private static final String MAX_REQUEST_SECONDS = "30";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/preview",
            description = "The preview's own output folder, never the published site (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--port", paramLabel = "N", defaultValue = "1313", description = "Port, 1-65535 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    String bind;

    /** Watching is always on; the option is still accepted, for scripts written when it was not. */
    @Option(names = "--watch", hidden = true)
    boolean watch;

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ContentException, IOException, InterruptedException {
        requireOwnFolder();
        InetSocketAddress address = address();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        System.setProperty("sun.net.httpserver.maxReqTime",
                System.getProperty("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS));
        Preview preview;
        try {
            preview = Preview.start(new Preview.Options(site.content, site.templates, out, address), stdout);
        } catch (BindException e) {
            stderr.printf(Locale.ROOT, "error: cannot listen on %s port %d: %s%n", bind, port, e.getMessage());
            boolean inUse = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("in use");
            stderr.println(inUse
                    ? "  hint: another program (perhaps another 'dozaban serve') uses the port: stop it, or choose"
                            + " another port with --port N"
                    : "  hint: give an address of this machine with --bind ADDR, such as 127.0.0.1");
            stderr.flush();
            return ExitCodes.FAILURE;
        }
        stdout.printf(Locale.ROOT, "serving a preview of %s at %s (drafts and scheduled articles included;"
                + " Ctrl-C to stop)%n", site.content, preview.uri());
        stdout.flush();
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }

    /** The published site's default folder, which a preview must never replace. */
    private static final Path PUBLISHED = Path.of("site");

    private void requireOwnFolder() {
        Path folder = out.toAbsolutePath().normalize();
        if (folder.equals(PUBLISHED.toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--out': " + out
                    + " holds the published site; the preview builds into a folder of its own (default target/preview)");
        }
        for (Path watched : new Path[] {site.content, site.templates}) {
            if (folder.startsWith(watched.toAbsolutePath().normalize())) {
                // each build would change the watched folder and set off the next one
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--out': " + out
                        + " is inside " + watched + ", which the preview watches; give a folder outside it");
            }
        }
    }

    private InetSocketAddress address() {
        if (port < 1 || port > 65535) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--port': " + port + " is not a port; give a number from 1 to 65535");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--bind': " + bind + " is not an address of this machine"
                            + " (for example 127.0.0.1, ::1 or 0.0.0.0)");
        }
    }
}
