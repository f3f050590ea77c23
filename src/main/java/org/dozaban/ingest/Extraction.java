package org.dozaban.ingest;

import java.util.List;

/**
 * What the extraction found in a file: the article, the role of each block with its evidence, and
 * warnings about uncertain decisions.
 *
 * @param draft    the article
 * @param blocks   each block of the file, in file order, with its role
 * @param warnings messages naming the file and line a decision is uncertain about
 */
public record Extraction(Draft draft, List<Explained> blocks, List<String> warnings) {

    public Extraction {
        blocks = blocks.stream().sorted(java.util.Comparator.comparingInt(Explained::line)).toList();
        warnings = List.copyOf(warnings);
    }

    /**
     * One block and its role.
     *
     * @param line     1-based line where the block starts
     * @param text     the block's text, lines joined by spaces
     * @param evidence its role, score and the features that decided it
     */
    public record Explained(int line, String text, Evidence evidence) {
    }
}
