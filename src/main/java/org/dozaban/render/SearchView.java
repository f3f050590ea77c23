package org.dozaban.render;

/**
 * The search page of one language.
 *
 * @param root        relative URL of the site's root folder from the page, ending in '/' (or empty)
 * @param manifest    site-relative path of the index manifest
 * @param archivePath site-relative folder of the date archive, for readers without JavaScript
 * @param messages    JSON object of what the script writes in the page's language: result counts,
 *                    language names, digits
 */
public record SearchView(String root, String manifest, String archivePath, String messages) {
}
