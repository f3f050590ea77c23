/**
 * Jsoup passes over article HTML: {@link org.dozaban.html.ArticleHtml#process} sanitizes a body rendered
 * from Markdown and marks direction (blocks of another language get {@code dir} and {@code lang}; phrases
 * against their block's direction are isolated in {@code <span dir lang>}); {@link org.dozaban.html.Direction}
 * decides the direction of short strings that templates insert.
 */
package org.dozaban.html;
