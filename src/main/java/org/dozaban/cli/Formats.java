package org.dozaban.cli;

import org.dozaban.report.ReportFormat;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads a {@code --format} value, naming the choices when it is none of them. */
final class Formats {

    private Formats() {
    }

    static ReportFormat parse(String value, CommandLine cli) {
        try {
            return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "unknown format \"" + value + "\": use "
                    + Arrays.stream(ReportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
    }
}
