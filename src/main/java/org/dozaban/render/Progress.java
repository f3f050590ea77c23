package org.dozaban.render;

/** Told how a render advances, for a progress line. Called from several threads at once. */
public interface Progress {

    /** A stage starts with {@code total} items to do. */
    void start(String stage, int total);

    /** One more item of the current stage is done. */
    void advance();

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String stage, int total) {
        }

        @Override
        public void advance() {
        }
    };
}
