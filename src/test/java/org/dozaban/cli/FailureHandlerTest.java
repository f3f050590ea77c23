package org.dozaban.cli;

import org.dozaban.build.StageException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failures that are not input errors: never a stack trace without --debug. */
class FailureHandlerTest {

    private final StringWriter err = new StringWriter();

    private int handle(Exception e, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        return new FailureHandler().handleExecutionException(e, cli, parsed);
    }

    @Test
    void aStackOverflowInAStageIsAnInputError() {
        assertEquals(1, handle(new StageException("render", new StackOverflowError()), "check"));
        assertEquals("error: the input is nested too deeply to process\n  hint: " + NestingException.HINT + "\n",
                err.toString());
    }

    @Test
    void anInternalErrorHasNoTraceWithoutDebug() {
        assertEquals(3, handle(new StageException("render", new IllegalStateException("two pages at a")), "check"));
        assertTrue(err.toString().startsWith("internal error in stage 'render': java.lang.IllegalStateException: two pages at a\n"
                + "  hint: this is a bug in Dozaban; run the command again with --debug"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void debugPrintsTheTrace() {
        assertEquals(3, handle(new StageException("render", new IllegalStateException("x")), "check", "--debug"));
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void runningOutOfMemoryIsAFailureThatSaysHowToGiveMore() {
        assertEquals(3, handle(new StageException("render", new OutOfMemoryError("Java heap space")), "build"));
        assertTrue(err.toString().startsWith("error: out of memory: the command needs more than the "), err.toString());
        assertTrue(err.toString().contains("  hint: give Java more memory, for example JAVA_TOOL_OPTIONS=-Xmx4g"),
                err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void runningOutOfMemoryOutsideAStageIsReportedTheSameWay() {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cli.parseArgs("build");
        int code = new FailureHandler().handleExecutionException(new CommandLine.ExecutionException(cli, "out of memory",
                new OutOfMemoryException(new OutOfMemoryError())), cli, parsed);
        assertEquals(3, code);
        assertTrue(err.toString().startsWith("error: out of memory"), err.toString());
    }
}
