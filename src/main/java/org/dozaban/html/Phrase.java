package org.dozaban.html;

/**
 * A run of text in the direction opposite to its paragraph, as offsets into the paragraph's text.
 *
 * @param start   first char
 * @param end     one past the last char
 * @param numeric a run of digits and operators ({@code 1+5}) with no letters: it needs isolating but
 *                has no language of its own
 */
record Phrase(int start, int end, boolean numeric) {

    boolean overlaps(Phrase other) {
        return start < other.end && other.start < end;
    }

    Phrase union(Phrase other) {
        return new Phrase(Math.min(start, other.start), Math.max(end, other.end), numeric && other.numeric);
    }
}
