package org.dozaban.site;

/**
 * One message of the Nu Html Checker about a page.
 *
 * @param error   whether it is an error (fatal or not) rather than a warning
 * @param page    the page, as shown in messages
 * @param line    1-based line, or -1 when unknown
 * @param column  1-based column, or -1 when unknown
 * @param message the checker's message
 */
record HtmlMessage(boolean error, String page, int line, int column, String message) {

    /** {@code page:line:col: message}, with "warning: " before warnings. */
    @Override
    public String toString() {
        return page + ":" + line + ":" + column + ": " + (error ? "" : "warning: ") + message;
    }
}
