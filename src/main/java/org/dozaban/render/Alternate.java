package org.dozaban.render;

/**
 * A language version of the current page, for {@code <link rel="alternate" hreflang>}.
 *
 * @param lang language code, or {@code x-default}
 * @param href absolute URL built from the site's base URL
 */
public record Alternate(String lang, String href) {
}
