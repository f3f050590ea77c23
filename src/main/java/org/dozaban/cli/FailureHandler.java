package org.dozaban.cli;

import org.dozaban.build.StageException;
import org.dozaban.content.ContentException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Maps failures of any command to a printed message and an exit code, never a bare stack trace. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof ContentException content) {
            err.println(content.report());
            err.println(errorCount(content.problems().size()) + "; nothing was written.");
            err.flush();
            return ExitCodes.INPUT_ERROR;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("error: " + e.getMessage());
            err.println("  hint: check that the path exists and is readable and writable.");
            err.flush();
            return ExitCodes.FAILURE;
        }
        String where = e instanceof StageException stage ? " in stage '" + stage.stage() + "'" : "";
        err.println("internal error" + where + ": " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.FAILURE;
    }

    static String errorCount(int n) {
        return n == 1 ? "1 error" : n + " errors";
    }
}
