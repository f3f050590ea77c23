package org.dozaban.html;

import java.util.Arrays;

/** Lines and columns of offsets in a text. */
final class LineIndex {

    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
    }

    /** The 1-based line of a character offset. */
    int line(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column, in code points, of a character offset. */
    int column(int offset) {
        int start = starts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }
}
