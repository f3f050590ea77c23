/**
 * Import of raw article text and HTML ({@code seeds/}) into content Markdown ({@code content/<lang>/<slug>.md}).
 *
 * <p>Each step is a small function over records, testable alone:
 * <ol>
 *   <li>{@link org.dozaban.ingest.Decoder}: bytes to NFC text with {@code \n} line ends through the one strict
 *       UTF-8 decoder; bad bytes are an error with their place.</li>
 *   <li>{@link org.dozaban.ingest.HtmlArticle}: raw HTML is parsed with jsoup, its article found by content
 *       density and written as Markdown, its metadata read from meta tags, JSON-LD and {@code <time>}.</li>
 *   <li>{@link org.dozaban.ingest.TextHygiene} and {@link org.dozaban.ingest.PageFurniture}: soft hyphens,
 *       bidi controls, no-break spaces and setext underlines; form feeds, page numbers and running
 *       headers removed, lines kept in place.</li>
 *   <li>{@link org.dozaban.ingest.HeaderBlock}: an optional leading {@code label: value} block (an export's
 *       fields or a mail's headers).</li>
 *   <li>{@link org.dozaban.ingest.Layout} and {@link org.dozaban.ingest.Reflow}: indent-marked, hard-wrapped
 *       text (PDF extracts) or blank-line separated blocks, as {@link org.dozaban.ingest.Block}s.</li>
 *   <li>{@link org.dozaban.ingest.Chrome}, {@link org.dozaban.ingest.Front}, {@link org.dozaban.ingest.Footer}:
 *       each block's {@link org.dozaban.ingest.Role} from evidence ({@link org.dozaban.ingest.Evidence}):
 *       chrome before and after the article, scored title candidates, bylines and dates
 *       ({@link org.dozaban.ingest.Byline}, {@link org.dozaban.ingest.DateText}), the body.</li>
 *   <li>{@link org.dozaban.ingest.PageBreaks}: paragraphs split by a page break are rejoined.</li>
 *   <li>{@link org.dozaban.ingest.LanguageDetection}, {@link org.dozaban.ingest.ArticleBuilder}: language by
 *       script counts over the body, Markdown paragraphs (line joins, {@link org.dozaban.ingest.Hyphenation},
 *       {@link org.dozaban.ingest.Escapes}), Persian letters unified outside Arabic lines,
 *       {@link org.dozaban.ingest.TopicAssigner}, slug.</li>
 *   <li>{@link org.dozaban.ingest.MarkdownWriter}, {@link org.dozaban.ingest.ImportRecord} and
 *       {@link org.dozaban.ingest.Importer}: front matter and body written atomically with the hash of what
 *       was written, never over another seed's file or an edited one; {@link org.dozaban.ingest.ExplainReport}
 *       prints the roles instead.</li>
 * </ol>
 * No rule names a particular article: the rules are about shapes of text (indentation, punctuation, case,
 * script, short labels) and the word lists in {@code vocabulary/<lang>/*.txt} (see
 * {@link org.dozaban.ingest.Vocabulary}), so that articles never seen before import the same way.
 */
package org.dozaban.ingest;
