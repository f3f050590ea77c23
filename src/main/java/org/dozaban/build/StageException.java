package org.dozaban.build;

/** An unexpected failure inside a named build stage; input problems are ContentExceptions instead. */
public final class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String stage;

    public StageException(String stage, Throwable cause) {
        super(stage + ": " + cause.getMessage(), cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
