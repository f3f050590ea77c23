package org.dozaban.content;

/**
 * A 1-based line and column in a file; 0 means unknown (the whole file, or the whole line).
 *
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
record Place(int line, int column) {

    /** The whole file, when nothing more precise can be said. */
    static final Place FILE = new Place(0, 0);

    /** The very start of a file. */
    static final Place START = new Place(1, 1);
}
