package org.dozaban.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.util.List;

/**
 * What {@code page.peb} shows of a standalone page.
 *
 * @param title        the page's title
 * @param lang         its language
 * @param dir          the direction of its language
 * @param body         sanitized HTML
 * @param translations the page in other languages
 */
public record StandaloneView(String title, String lang, String dir, SafeString body, List<Link> translations) {

    public StandaloneView {
        translations = List.copyOf(translations);
    }
}
