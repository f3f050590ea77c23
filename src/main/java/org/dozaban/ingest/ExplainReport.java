package org.dozaban.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The text {@code dozaban import --explain} prints for one file: each block with its line, role, score,
 * the start of its text and the features that decided its role, then the article's metadata and any
 * warnings. The same file always gives the same text.
 */
public final class ExplainReport {

    private static final int TEXT_WIDTH = 48;

    private ExplainReport() {
    }

    /** The report for {@code seed}, extracted as {@code extraction} and built as {@code article}. */
    public static String format(Path seed, Extraction extraction, ImportedArticle article) {
        StringBuilder out = new StringBuilder();
        out.append(seed).append('\n');
        out.append(String.format(Locale.ROOT, "%6s  %-22s %6s  %-" + TEXT_WIDTH + "s  %s%n", "line", "role", "score",
                "text", "features"));
        for (Extraction.Explained e : extraction.blocks()) {
            String role = e.evidence().role().label();
            out.append(String.format(Locale.ROOT, "%6d  %-22s %6.1f  %-" + TEXT_WIDTH + "s  %s%n", e.line(), role,
                    e.evidence().score(), shorten(e.text()), String.join("; ", e.evidence().features())));
        }
        out.append("title:     ").append(article.title());
        if (Front.isAllCaps(article.title())) {
            out.append("  [ALL CAPS, kept as written]");
        }
        out.append('\n');
        if (article.subtitle() != null) {
            out.append("subtitle:  ").append(article.subtitle()).append('\n');
        }
        out.append("author:    ").append(orNone(article.author())).append('\n');
        out.append("date:      ").append(article.date() == null ? "(none)" : article.date().toString()).append('\n');
        out.append("language:  ").append(article.lang()).append('\n');
        out.append("source:    ").append(orNone(article.sourceUrl())).append('\n');
        out.append("publisher: ").append(orNone(article.publisher())).append('\n');
        out.append("body:      ").append(article.paragraphs().size()).append(" paragraphs\n");
        for (String warning : extraction.warnings()) {
            out.append(warning).append('\n');
        }
        return out.toString();
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }

    private static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        int[] cps = t.codePoints().toArray();
        if (cps.length <= TEXT_WIDTH) {
            return t;
        }
        return new String(cps, 0, TEXT_WIDTH - 1) + "…";
    }
}
