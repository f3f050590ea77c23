package org.dozaban.publish;

/**
 * What the last build knows of one output file.
 *
 * @param key      digest of everything the file was made from
 * @param inputs   digest of what the view of a page was made from, or null (see
 *                 {@link org.dozaban.render.PageSink#keptKey})
 * @param size     the file's size in bytes, to notice a file changed or removed since
 * @param modified the file's modification time in nanoseconds as the build left it, to notice a file written
 *                 over at the same size; {@link #UNKNOWN} while the build that makes it has not finished
 */
public record FileRecord(String key, String inputs, long size, long modified) {

    /** The modification time of a file not yet in place. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    /** A file as a build makes it, before it is in place. */
    public FileRecord(String key, long size) {
        this(key, null, size, UNKNOWN);
    }

    /** A page as a build makes it, before it is in place. */
    public FileRecord(String key, String inputs, long size) {
        this(key, inputs, size, UNKNOWN);
    }
}
