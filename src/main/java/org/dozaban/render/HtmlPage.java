package org.dozaban.render;

/**
 * An HTML page together with the chrome it was rendered with, which the sitemap reads its URL and
 * language versions from.
 */
record HtmlPage(PageMeta meta, Page page) {
}
