package org.dozaban.render;

/**
 * An internal link as templates show it; the template turns {@code path} into a relative URL.
 *
 * @param label text of the link
 * @param lang  language of the label and of the linked page
 * @param dir   direction of {@code lang}
 * @param path  site-relative target: a folder ending in '/' or a file
 */
public record Link(String label, String lang, String dir, String path) {
}
