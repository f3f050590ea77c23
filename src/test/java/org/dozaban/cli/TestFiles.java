package org.dozaban.cli;

import org.dozaban.testing.Trees;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs commands in process, capturing what they print, and copies fixture folders. */
final class TestFiles {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code dozaban args…}; returns the exit code. */
    int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Copies {@code from} to {@code to}, which need not exist, and returns {@code to}. */
    static Path copyTree(Path from, Path to) throws IOException {
        return Trees.copy(from, to);
    }
}
