package org.dozaban.cli;

/** Exit codes of the {@code dozaban} command. */
final class ExitCodes {
    static final int OK = 0;
    /** Bad input: content, template or seed errors, all printed with their places. */
    static final int INPUT_ERROR = 1;
    /** Wrong command-line usage (picocli's default). */
    static final int USAGE = 2;
    /** Reading or writing files failed, or an internal error. */
    static final int FAILURE = 3;

    private ExitCodes() {
    }
}
