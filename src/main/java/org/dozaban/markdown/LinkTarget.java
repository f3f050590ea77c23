package org.dozaban.markdown;

/**
 * An image or link written in Markdown.
 *
 * @param image      an image ({@code ![alt](url)}), else a link or a link reference definition
 * @param url        the address as written, unescaped
 * @param alt        an image's alternative text; empty for links
 * @param decorative an image with no alternative text on purpose, written {@code ![](x.png){alt=""}}
 * @param offset     where the construct starts in the Markdown text, as a char index
 * @param urlOffset  where its address starts, as a char index
 */
public record LinkTarget(boolean image, String url, String alt, boolean decorative, int offset, int urlOffset) {
}
