package org.dozaban.cli;

import picocli.CommandLine;

/** Entry point of the {@code dozaban} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Runs the command; a stack overflow on hostile input becomes an error like any other. */
    private static int execute(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (StackOverflowError e) {
            throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(),
                    "stack overflow", new NestingException(e));
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
