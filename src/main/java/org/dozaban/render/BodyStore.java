package org.dozaban.render;

import org.dozaban.work.NewFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Article bodies rendered by earlier builds, by a key of the article's source and language: the build
 * cache. A body is converted from Markdown only when the store does not have it.
 */
public interface BodyStore {

    /** The summary stored under {@code key}, or empty. */
    Optional<String> summary(String key);

    /** The body stored under {@code key}, or empty. */
    Optional<Stored> body(String key);

    /** The text for search of the body stored under {@code key}, or empty. */
    default Optional<String> searchText(String key) {
        return body(key).map(Stored::searchText);
    }

    /**
     * A body as stored.
     *
     * @param html       the body HTML
     * @param searchText its text as search takes it
     */
    record Stored(String html, String searchText) {
    }

    /**
     * Stores a body, its summary and its text for search under {@code key}. May be called from several
     * threads at once.
     */
    void put(String key, String html, String summary, String searchText);

    /** Other data made from an article, stored under {@code key} by {@link #putData}, or empty. */
    default Optional<byte[]> data(String key) {
        return Optional.empty();
    }

    /** Stores data made from an article under {@code key}. May be called from several threads at once. */
    default void putData(String key, byte[] data) {
    }

    /**
     * Stores data made from the whole site under {@code key}, as {@code writer} writes it: for data too large
     * to hold twice, which a store writes as it is made.
     */
    default void putData(String key, NewFiles.Content writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.writeTo(bytes);
        putData(key, bytes.toByteArray());
    }

    /** A store that holds nothing: every body is converted, and no data is made only to be dropped. */
    BodyStore NONE = new Nothing() {
        @Override
        public void putData(String key, NewFiles.Content writer) {
        }
    };

    /** A store that holds no body, to extend with what a store does hold. */
    class Nothing implements BodyStore {
        @Override
        public Optional<String> summary(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<Stored> body(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, String html, String summary, String searchText) {
        }
    }
}
