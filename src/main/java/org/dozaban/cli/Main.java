package org.dozaban.cli;

import picocli.CommandLine;

/** Entry point of the {@code dozaban} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * Runs the command; a stack overflow on hostile input becomes an error like any other, and running out
     * of memory a failure that says how to give more.
     */
    private static int execute(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (StackOverflowError e) {
            throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(),
                    "stack overflow", new NestingException(e));
        } catch (OutOfMemoryError e) {
            throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(),
                    "out of memory", new OutOfMemoryException(e));
        }
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DozabanCommand());
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setExecutionStrategy(Main::execute);
        return cli;
    }
}
