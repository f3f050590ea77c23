package org.dozaban.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The one flexmark configuration of the generator: tables, footnotes, autolinks, ASCII heading ids and
 * the attributes syntax ({@code {lang=fa dir=rtl}}, {@code {.class #id}}). Quotes stay as written (no
 * typographic replacement) and raw HTML passes through, to be sanitized by
 * {@link org.dozaban.html.ArticleHtml}. Thread-safe: parser and renderer are built once and reused.
 */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** Builds the parser and renderer; build one and share it. */
    public Markdown() {
        DataHolder options = options();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(new HeadingIds.Factory()).build();
    }

    private static DataHolder options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                AutolinkExtension.create(),
                AttributesExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // GitHub-style tables: one header row, no column spans, missing cells filled so rows line up.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        return options.toImmutable();
    }

    /** Parses Markdown without rendering it, for checks on its structure. */
    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Renders Markdown to an HTML fragment (not yet sanitized). */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
