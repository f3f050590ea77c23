package org.dozaban.ingest;

import java.nio.file.Path;

/**
 * What importing one seed did.
 *
 * @param seed    the seed file
 * @param status  created, skipped or error
 * @param output  the content file written (created), or the one already holding the seed (skipped); null otherwise
 * @param message why it was skipped, or the error with its place; empty when created
 */
public record ImportResult(Path seed, Status status, Path output, String message) {

    /** Outcome of one seed. */
    public enum Status { CREATED, SKIPPED, ERROR }
}
