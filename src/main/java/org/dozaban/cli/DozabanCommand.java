package org.dozaban.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command; does nothing alone but list its subcommands, which {@link Main} adds. */
@Command(name = "dozaban",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Static site generator for a bilingual Persian/English article archive.",
        footer = {"", "Run 'dozaban help COMMAND' for a command's options."})
final class DozabanCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = FailureHandler.DEBUG, scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error, to report it.")
    boolean debug;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'dozaban build'.");
    }
}
