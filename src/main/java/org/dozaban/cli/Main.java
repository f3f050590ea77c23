package org.dozaban.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Entry point of the {@code dozaban} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
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

    /** The subcommands by name, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("fix", FixCommand::new);
        commands.put("status", StatusCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** The configured command line with every subcommand, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command line that runs {@code args}: with only the subcommand they name when they name one other
     * than {@code help}, since picocli reads the annotations of every subcommand it is given, a tenth of a
     * rebuild's time before anything is built; with every subcommand otherwise, for the help to list them
     * and an unknown name to be answered with the names there are.
     */
    static CommandLine commandLine(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") ? commandLine(Set.of(arg)) : commandLine();
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(Set<String> names) {
        CommandLine cli = new CommandLine(new DozabanCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setExecutionStrategy(Main::execute);
        return cli;
    }
}
