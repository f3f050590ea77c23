/**
 * Import of raw article text ({@code seeds/}) into content Markdown ({@code content/<lang>/<slug>.md}).
 *
 * <p>Each step is a small pure function over records, testable alone:
 * <ol>
 *   <li>{@link org.dozaban.ingest.Decoder}: bytes to NFC text with {@code \n} line ends; bad bytes are an
 *       error with their place.</li>
 *   <li>{@link org.dozaban.ingest.HeaderBlock}: an optional leading {@code key: value} block (exported
 *       records), whose text then has one paragraph per line.</li>
 *   <li>{@link org.dozaban.ingest.Layout} and {@link org.dozaban.ingest.Reflow}: indent-marked, hard-wrapped
 *       text (PDF extracts) or blank-line separated blocks, as {@link org.dozaban.ingest.Block}s.</li>
 *   <li>{@link org.dozaban.ingest.Front}: title, byline, date and source address; mastheads, mottos,
 *       labels and breadcrumbs before the article are dropped.</li>
 *   <li>{@link org.dozaban.ingest.Footer}: attribution, related articles, comment prompts, contact notes
 *       after the article are dropped; the publisher they name is kept.</li>
 *   <li>{@link org.dozaban.ingest.PageBreaks}: paragraphs split by a page break are rejoined.</li>
 *   <li>{@link org.dozaban.ingest.LanguageDetection}, {@link org.dozaban.ingest.ArticleBuilder}: language by
 *       script counts over the body, Markdown paragraphs (line joins, {@link org.dozaban.ingest.Hyphenation},
 *       {@link org.dozaban.ingest.Escapes}), Persian letters unified outside Arabic lines,
 *       {@link org.dozaban.ingest.TopicAssigner}, slug.</li>
 *   <li>{@link org.dozaban.ingest.MarkdownWriter} and {@link org.dozaban.ingest.Importer}: front matter and
 *       body written atomically, never over another seed's file.</li>
 * </ol>
 * No rule names a particular article: the rules are about shapes of text (indentation, punctuation, case,
 * script, short labels) so that articles never seen before import the same way.
 */
package org.dozaban.ingest;
