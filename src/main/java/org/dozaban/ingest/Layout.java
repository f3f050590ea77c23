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
     * Detects the layout: indented when lines are short and mostly run on without blank lines between them,
     * and paragraphs start with an indented line next to less indented ones often enough, compared
     * with blank-line gaps, that the indents rather than the gaps mark paragraphs (an indented code block
     * or quote in blank-line separated text does not).
     */
    public static Layout detect(List<String> lines) {
        int nonBlank = 0;
        int runOn = 0;
        int indentStarts = 0;
        int gaps = 0;
        int longLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                gaps += nonBlank > 0 && !lines.get(i - 1).isBlank() ? 1 : 0;
                continue;
            }
            nonBlank++;
            boolean nextIsText = i + 1 < lines.size() && !lines.get(i + 1).isBlank();
            runOn += nextIsText ? 1 : 0;
            if (indent(line) >= PARAGRAPH_INDENT && (nextIsText && indent(lines.get(i + 1)) < indent(line)
                    || i > 0 && !lines.get(i - 1).isBlank() && indent(lines.get(i - 1)) < indent(line))) {
                indentStarts++;
            }
            longLines += line.strip().length() > WRAP_WIDTH ? 1 : 0;
        }
        boolean wrapped = nonBlank > 0 && runOn * 2 > nonBlank && longLines * 10 < nonBlank;
        return wrapped && indentStarts >= 2 && indentStarts * 2 >= gaps ? INDENTED : BLOCKS;
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
