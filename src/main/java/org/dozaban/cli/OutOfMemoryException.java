package org.dozaban.cli;

/**
 * The command ran out of the memory the Java virtual machine may use. Reported as a failure with the way
 * to give it more, never as a stack trace.
 */
final class OutOfMemoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String HINT = "give Java more memory, for example JAVA_TOOL_OPTIONS=-Xmx4g ./dozaban build;"
            + " nothing was written";

    OutOfMemoryException(OutOfMemoryError cause) {
        super("out of memory: the command needs more than the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB Java may use here", cause);
    }
}
