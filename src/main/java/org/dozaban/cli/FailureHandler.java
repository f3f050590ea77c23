package org.dozaban.cli;

import org.dozaban.build.StageException;
import org.dozaban.content.ContentException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Maps failures of any command to a printed message and an exit code. A stack trace is printed only
 * with {@code --debug}: input errors and I/O errors are described in full without one.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    static final String DEBUG = "--debug";

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        try {
            return handle(unwrap(e), err, debug(parsed));
        } finally {
            err.flush();
        }
    }

    private static int handle(Throwable e, PrintWriter err, boolean debug) {
        if (e instanceof ContentException content) {
            err.println(content.report());
            err.println(errorCount(content.errorCount()) + "; nothing was written.");
            return ExitCodes.INPUT_ERROR;
        }
        if (e instanceof IOException io) {
            err.println(IoErrors.describe(io).format());
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.FAILURE;
        }
        if (e instanceof NestingException) {
            err.println("error: " + e.getMessage());
            err.println("  hint: " + NestingException.HINT);
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.INPUT_ERROR;
        }
        if (e instanceof OutOfMemoryException) {
            err.println("error: " + e.getMessage());
            err.println("  hint: " + OutOfMemoryException.HINT);
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.FAILURE;
        }
        String where = e instanceof StageException stage ? " in stage '" + stage.stage() + "'" : "";
        Throwable cause = e instanceof StageException && e.getCause() != null ? e.getCause() : e;
        err.println("internal error" + where + ": " + cause);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("  hint: this is a bug in Dozaban; run the command again with --debug and report what it prints");
        }
        return ExitCodes.FAILURE;
    }

    /** The failure itself, out of the wrappers that carry it through streams and stages. */
    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && (current instanceof UncheckedIOException
                || current instanceof CommandLine.ExecutionException
                || current instanceof StageException && isExpected(current.getCause()))) {
            current = current.getCause();
        }
        if (current instanceof StageException && current.getCause() instanceof StackOverflowError overflow) {
            return new NestingException(overflow);
        }
        if (current instanceof StageException && current.getCause() instanceof OutOfMemoryError memory) {
            return new OutOfMemoryException(memory);
        }
        return current;
    }

    private static boolean isExpected(Throwable cause) {
        return cause instanceof UncheckedIOException || cause instanceof IOException
                || cause instanceof NestingException;
    }

    /** Whether {@code --debug} was given, before or after the command's name. */
    static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
    }

    static String errorCount(int n) {
        return n == 1 ? "1 error" : n + " errors";
    }
}
