package org.dozaban.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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

    private final TestFiles cli = new TestFiles();

    private int run(String... args) {
        return cli.run(args);
    }

    private void assertNoStackTrace() {
        assertFalse(cli.err.toString().contains("\tat ") || cli.err.toString().contains("Exception"), cli.err.toString());
    }

    @Test
    void aPortOutsideTheRangeIsAUsageError() {
        for (String port : List.of("0", "-1", "65536", "99999")) {
            assertEquals(2, run("serve", "--port", port, "--out", dir.resolve("preview").toString()), port);
            assertTrue(cli.err.toString().contains("'--port': " + port + " is not a port; give a number from 1 to 65535"),
                    cli.err.toString());
            assertNoStackTrace();
        }
    }

    @Test
    void thePublishedSiteIsNeverThePreviewFolder() {
        assertEquals(2, run("serve", "--out", "site", "--port", "1313"));
        assertTrue(cli.err.toString().contains("'--out': site holds the published site"), cli.err.toString());
        assertNoStackTrace();
    }

    @Test
    void thePreviewFolderIsNotInsideAWatchedFolder() {
        Path content = dir.resolve("content");
        assertEquals(2, run("serve", "--content", content.toString(), "--out", content.resolve("preview").toString(),
                "--port", "1313"));
        assertTrue(cli.err.toString().contains("is inside " + content + ", which the preview watches"), cli.err.toString());
        assertNoStackTrace();
    }

    @Test
    void theOldWatchOptionIsStillAccepted() {
        assertEquals(2, run("serve", "--watch", "--port", "0"));
        assertFalse(cli.err.toString().contains("Unknown option"), cli.err.toString());
        assertTrue(cli.err.toString().contains("'--port': 0 is not a port"), cli.err.toString());
    }

    @Test
    void aPortThatIsNotANumberIsAUsageError() {
        assertEquals(2, run("serve", "--port", "http"));
        assertNoStackTrace();
    }

    @Test
    void anUnknownBindAddressIsAUsageError() {
        assertEquals(2, run("serve", "--bind", "no such host.invalid", "--port", "1313"));
        assertTrue(cli.err.toString().contains("'--bind'"), cli.err.toString());
        assertNoStackTrace();
    }

    @Test
    void aPortInUseIsAFailureThatSaysSo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(3, run("serve", "--port", Integer.toString(port), "--out", dir.resolve("preview").toString()));
            String printed = cli.err.toString();
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
        assertTrue(cli.err.toString().startsWith(missing + ": error: the content folder does not exist"), cli.err.toString());
        assertNoStackTrace();
    }
}
