package org.dozaban.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** The one flexmark configuration of the generator. Thread-safe: parser and renderer are built once. */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders Markdown to an HTML fragment (not yet sanitized). */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
