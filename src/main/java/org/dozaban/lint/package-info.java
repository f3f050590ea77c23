/**
 * Orthography lint of article text: rules read from data ({@code org/dozaban/lint/<lang>.yaml}), run
 * line by line over the lintable parts of an article (front matter title and summary, Markdown text
 * outside code, URLs, HTML and Latin runs), each finding a warning with its place and, when safe, its fix.
 * Settings in {@code site.yaml} turn rules off or up to errors; {@link org.dozaban.lint.Fixer} applies
 * fixes.
 */
package org.dozaban.lint;
