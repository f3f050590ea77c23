package org.dozaban.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of source lines that the layout says belong together: a paragraph candidate.
 *
 * @param lines        the lines, trimmed, none blank
 * @param line         1-based source line of the first line
 * @param blanksBefore blank lines between this block and the previous one
 * @param continues    true when the layout itself says this block continues the previous one (a page
 *                     break inside an indent-marked paragraph)
 */
public record Block(List<String> lines, int line, int blanksBefore, boolean continues) {

    public Block {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block needs a line");
        }
    }

    /** The lines joined by single spaces, for classification (not for output). */
    public String flat() {
        return String.join(" ", lines);
    }

    /** The first line. */
    public String first() {
        return lines.get(0);
    }

    /** The last line. */
    public String last() {
        return lines.get(lines.size() - 1);
    }

    /** Number of whitespace-separated words. */
    public int words() {
        String flat = flat().strip();
        return flat.isEmpty() ? 0 : flat.split("\\s+").length;
    }

    /** This block followed by {@code next}, as one block starting where this one does. */
    public Block joinedWith(Block next) {
        List<String> all = new ArrayList<>(lines);
        all.addAll(next.lines);
        return new Block(all, line, blanksBefore, continues);
    }
}
