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
    boolean unchanged(String path, String key);

    /** Takes the rendered file {@code path}, produced from {@code key}. */
    void write(String path, String key, String content) throws IOException;

    /** A sink that renders every page and keeps nothing: for {@code check}, which writes nothing. */
    PageSink DISCARD = new PageSink() {
        @Override
        public boolean unchanged(String path, String key) {
            return false;
        }

        @Override
        public void write(String path, String key, String content) {
        }
    };
}
