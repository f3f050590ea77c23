package org.dozaban.ingest;

import java.nio.file.Path;

/**
 * What importing one seed did.
 *
 * @param seed    the seed file
 * @param status  created, skipped or error
 * @param output  the content file written (created), or the one already holding the seed (skipped); null otherwise
 * @param message why it was skipped, or the error with its place; empty when created
 * @param warnings uncertain decisions, each with the file and line (a title chosen without clear evidence)
 */
public record ImportResult(Path seed, Status status, Path output, String message, java.util.List<String> warnings) {

    public ImportResult {
        warnings = java.util.List.copyOf(warnings);
    }

    /** A result without warnings. */
    public ImportResult(Path seed, Status status, Path output, String message) {
        this(seed, status, output, message, java.util.List.of());
    }

    /** Outcome of one seed. */
    public enum Status { CREATED, SKIPPED, ERROR }
}
