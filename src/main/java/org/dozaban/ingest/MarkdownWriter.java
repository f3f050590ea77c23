package org.dozaban.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Writes an {@link ImportedArticle} as a content file: YAML front matter, a blank line, the paragraphs. */
public final class MarkdownWriter {

    private static final Pattern PLAIN_SAFE = Pattern.compile(
            "[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`](?:[^\\n]*[^\\s:])?");
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\\.?\\d[\\d_.:]*)(?:e[-+]?\\d+)?|\\.inf|\\.nan"
                    + "|\\d{4}-\\d\\d?-\\d\\d?.*)");

    private MarkdownWriter() {
    }

    /** The file's text, ending with one newline. */
    public static String write(ImportedArticle a) {
        StringBuilder out = new StringBuilder("---\n");
        field(out, "title", a.title());
        field(out, "author", a.author());
        if (a.date() != null) {
            out.append("date: ").append(a.date()).append('\n');
        }
        if (!a.topics().isEmpty()) {
            out.append("topics: [").append(String.join(", ", a.topics())).append("]\n");
        }
        field(out, "sourceUrl", a.sourceUrl());
        field(out, "publisher", a.publisher());
        field(out, "via", a.via());
        field(out, "slug", a.slug().equals(a.translationKey()) ? null : a.slug());
        field(out, "translationKey", a.translationKey());
        field(out, "seed", a.seed());
        out.append("---\n\n").append(String.join("\n\n", a.paragraphs())).append('\n');
        return out.toString();
    }

    private static void field(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key).append(": ").append(scalar(value)).append('\n');
        }
    }

    /** A YAML scalar for {@code value}: plain when that reads back as the same string, else double-quoted. */
    static String scalar(String value) {
        boolean plain = PLAIN_SAFE.matcher(value).matches() && !value.contains(": ") && !value.contains(" #")
                && !RESERVED.matcher(value.toLowerCase(Locale.ROOT)).matches()
                && value.codePoints().noneMatch(MarkdownWriter::needsEscape);
        return plain ? value : quoted(value);
    }

    /** Control characters, and the byte order mark and line separators YAML would read as breaks. */
    private static boolean needsEscape(int cp) {
        return cp < 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(cp)) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
