package org.dozaban.render;

/**
 * What {@code redirect.peb} shows at an address a page had before.
 *
 * @param target the page's current folder, site-relative
 * @param title  the page's title
 * @param lang   the page's language
 * @param dir    the direction of its language
 */
public record RedirectView(String target, String title, String lang, String dir) {
}
