package org.dozaban.render;

/**
 * One output file of the site.
 *
 * @param path    path relative to the output folder, with '/' separators, e.g. {@code en/index.html}
 * @param content the file's text, written as UTF-8
 */
public record Page(String path, String content) {
}
