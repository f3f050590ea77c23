package org.dozaban.render;

import java.io.IOException;

/**
 * Where rendered files go. A renderer asks first whether a file is unchanged since the last build, by a
 * key of everything it depends on, and renders it only when it is not.
 */
public interface PageSink {

    /**
     * Whether {@code path} was produced from the same {@code key} by the last build and is still in place;
     * when it is, the file counts as produced by this build without being rendered again.
     */
    default boolean unchanged(String path, String key) {
        return unchanged(path, key, null);
    }

    /**
     * {@link #unchanged(String, String)}, recording {@code inputs}, the digest of what the page's view was
     * made from (or null), for the next build's {@link #keptKey}.
     */
    boolean unchanged(String path, String key, String inputs);

    /** Takes the rendered file {@code path}, produced from {@code key}. */
    default void write(String path, String key, String content) throws IOException {
        write(path, key, null, content);
    }

    /** Takes the rendered file {@code path}, produced from {@code key} and {@code inputs} (or null). */
    void write(String path, String key, String inputs, String content) throws IOException;

    /**
     * The key the last build recorded for {@code path}, when it recorded the same {@code inputs} for it:
     * then the page's view, and its key, are as they were, and need not be made again. Null otherwise.
     */
    default String keptKey(String path, String inputs) {
        return null;
    }

    /** A sink that renders every page and keeps nothing: for {@code check}, which writes nothing. */
    PageSink DISCARD = new PageSink() {
        @Override
        public boolean unchanged(String path, String key, String inputs) {
            return false;
        }

        @Override
        public void write(String path, String key, String inputs, String content) {
        }
    };
}
