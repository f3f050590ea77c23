package org.dozaban.cli;

/**
 * Input nested so deeply that processing it ran out of stack. The checks on YAML and Markdown nesting
 * report such input with its place before it gets this far; this is the last line of defence.
 */
final class NestingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String HINT = "look for deeply nested lists, quotes, brackets or HTML tags in the files changed last,"
            + " and run 'dozaban check' to find them";

    NestingException(StackOverflowError cause) {
        super("the input is nested too deeply to process", cause);
    }
}
