package org.dozaban.ingest;

import java.util.List;

/** How a source marks its paragraphs. */
public enum Layout {
    /** Hard-wrapped short lines; a paragraph starts at a line indented by three or more spaces (PDF text). */
    INDENTED,
    /** Paragraphs separated by blank lines; long lines inside a block are paragraphs of their own. */
    BLOCKS;

    /** Lines at least this indented start a paragraph in {@link #INDENTED} text. */
    static final int PARAGRAPH_INDENT = 3;

    /** Lines longer than this are not hard-wrapped. */
    static final int WRAP_WIDTH = 100;

    /**
     * Detects the layout: indented when several lines start a paragraph by indentation, most lines run on
     * without a blank line between them, and lines are short.
     */
    public static Layout detect(List<String> lines) {
        int nonBlank = 0;
        int runOn = 0;
        int indented = 0;
        int longLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                runOn++;
            }
            if (indent(line) >= PARAGRAPH_INDENT) {
                indented++;
            }
            if (line.strip().length() > WRAP_WIDTH) {
                longLines++;
            }
        }
        boolean wrapped = nonBlank > 0 && runOn * 2 > nonBlank && longLines * 10 < nonBlank;
        return wrapped && indented >= 2 ? INDENTED : BLOCKS;
    }

    /** Leading spaces (a tab counts as four). */
    static int indent(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4;
            } else {
                break;
            }
        }
        return width;
    }
}
