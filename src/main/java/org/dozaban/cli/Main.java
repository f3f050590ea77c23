package org.dozaban.cli;

import picocli.CommandLine;

/** Entry point of the {@code dozaban} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DozabanCommand());
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli;
    }
}
