package org.dozaban.render;

/**
 * An item of a language's menu, as the base layout shows it.
 *
 * @param label    the text shown
 * @param path     site-relative folder of the page it links, or null for an external address
 * @param href     the external address, or null
 */
public record MenuLink(String label, String path, String href) {
}
