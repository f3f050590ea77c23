package org.dozaban.cli;

import org.dozaban.content.Inclusion;
import picocli.CommandLine.Option;

/** The options that render drafts and scheduled articles besides the published ones. */
final class InclusionOptions {

    @Option(names = "--drafts", description = "Include articles marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--future", description = "Include articles dated after today in the site's time zone.")
    boolean future;

    Inclusion inclusion() {
        return new Inclusion(drafts, future);
    }
}
