package org.dozaban.cli;

import org.dozaban.work.Parallel;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --threads} option: a count from 1 up, by default one per processor. */
final class Threads {

    /** More threads than this only wait on each other. */
    static final int MAX = 256;

    private Threads() {
    }

    static int count(Integer option, CommandSpec spec) {
        if (option == null) {
            return Parallel.defaultThreads();
        }
        if (option < 1 || option > MAX) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + MAX + ", not " + option);
        }
        return option;
    }
}
