package org.dozaban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve}'s refusals: each a message and an exit code, never a stack trace. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private void assertNoStackTrace() {
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aPortOutsideTheRangeIsAUsageError() {
        for (String port : List.of("0", "-1", "65536", "99999")) {
            assertEquals(2, run("serve", "--port", port, "--out", dir.resolve("preview").toString()), port);
            assertTrue(err.toString().contains("'--port': " + port + " is not a port; give a number from 1 to 65535"),
                    err.toString());
            assertNoStackTrace();
        }
    }

    @Test
    void aPortThatIsNotANumberIsAUsageError() {
        assertEquals(2, run("serve", "--port", "http"));
        assertNoStackTrace();
    }

    @Test
    void anUnknownBindAddressIsAUsageError() {
        assertEquals(2, run("serve", "--bind", "no such host.invalid", "--port", "1313"));
        assertTrue(err.toString().contains("'--bind'"), err.toString());
        assertNoStackTrace();
    }

    @Test
    void aPortInUseIsAFailureThatSaysSo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(3, run("serve", "--port", Integer.toString(port), "--out", dir.resolve("preview").toString()));
            String printed = err.toString();
            assertTrue(printed.startsWith("error: cannot listen on 127.0.0.1 port " + port + ": "), printed);
            assertTrue(printed.contains("choose another port with --port N"), printed);
            assertFalse(printed.contains("path"), "nothing about paths: " + printed);
            assertNoStackTrace();
        }
    }

    @Test
    void aMissingContentFolderIsAnInputError() throws IOException {
        Path missing = dir.resolve("nothing");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertEquals(1, run("serve", "--content", missing.toString(), "--port", Integer.toString(port),
                "--out", dir.resolve("preview").toString()));
        assertTrue(err.toString().startsWith(missing + ": error: the content folder does not exist"), err.toString());
        assertNoStackTrace();
    }
}
