package org.dozaban.bench;

import java.util.List;
import java.util.Random;

/**
 * Composes a Markdown article body in one language from a {@link Vocabulary}: paragraphs, headings,
 * bulleted and numbered lists, block quotes, links, emphasis and phrases in the other script.
 */
final class Prose {

    private final Vocabulary words;
    private final Random random;
    private final boolean persian;

    Prose(Vocabulary words, Random random) {
        this.words = words;
        this.random = random;
        this.persian = words.lang().equals("fa");
    }

    /**
     * A body of at least {@code minBytes} bytes of UTF-8 and less than a paragraph more, ending with a
     * newline: two opening paragraphs, then sections of a heading, one to three paragraphs and at times a
     * list or a block quote.
     */
    String body(int minBytes) {
        StringBuilder body = new StringBuilder(minBytes + 2048);
        paragraph(body);
        paragraph(body);
        int bytes = utf8Length(body, 0);
        int paragraphsLeft = 0;
        boolean sectionEnded = true;
        while (bytes < minBytes) {
            int start = body.length();
            if (paragraphsLeft > 0) {
                paragraph(body);
                paragraphsLeft--;
            } else if (!sectionEnded) {
                switch (random.nextInt(4)) {
                    case 0 -> list(body, "- ");
                    case 1 -> list(body, null);
                    case 2 -> quote(body);
                    default -> { }
                }
                sectionEnded = true;
            } else {
                body.append("## ").append(fill(pick(words.headings()))).append("\n\n");
                paragraph(body);
                paragraphsLeft = random.nextInt(3);
                sectionEnded = false;
            }
            bytes += utf8Length(body, start);
        }
        return body.toString();
    }

    private static int utf8Length(CharSequence text, int from) {
        int bytes = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private void paragraph(StringBuilder body) {
        int sentences = 3 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                body.append(' ');
            }
            body.append(sentence());
        }
        body.append("\n\n");
    }

    private void list(StringBuilder body, String bullet) {
        int items = 3 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            body.append(bullet != null ? bullet : (i + 1) + ". ")
                    .append(capitalize(fill(pick(words.clauses())))).append(persian ? "؛" : ";").append('\n');
        }
        body.append('\n');
    }

    private void quote(StringBuilder body) {
        String open = persian ? "«" : "“";
        String close = persian ? "»" : "”";
        body.append("> ").append(open).append(capitalize(fill(pick(words.clauses())))).append('.').append(close)
                .append("\n>\n> — ").append(capitalize(fill(pick(words.subjects())))).append("\n\n");
    }

    private String sentence() {
        StringBuilder s = new StringBuilder();
        String connector = fill(pick(words.connectors()));
        s.append(connector);
        String subject = fill(pick(words.subjects()));
        s.append(connector.isEmpty() ? capitalize(subject) : subject).append(' ').append(pick(words.reports()))
                .append(' ');
        String clause = fill(pick(words.clauses()));
        s.append(random.nextInt(8) == 0 ? "*" + clause + "*" : clause);
        switch (random.nextInt(7)) {
            case 0 -> s.append(persian ? "، بنا بر " : ", according to ").append(link());
            case 1 -> s.append(persian ? "، به گزارش " : ", as ").append(pick(words.sources()))
                    .append(persian ? "" : " reported");
            case 2 -> s.append(persian ? "؛ به گفتهٔ " : "; ").append(foreignPhrase())
                    .append(persian ? " نیز همین را می‌گوید" : " was the phrase heard in the streets");
            default -> { }
        }
        return s.append('.').toString();
    }

    private String link() {
        return "[" + pick(words.linkTexts()) + "](https://news.example.com/reports/" + (1000 + random.nextInt(9000))
                + ")";
    }

    /** A phrase in the other script, quoted in this language's quotation marks. */
    private String foreignPhrase() {
        String phrase = pick(words.foreignPhrases());
        return persian ? phrase : "«" + phrase + "»";
    }

    private String fill(String pattern) {
        return pattern.contains("%s") ? pattern.replace("%s", pick(words.places())) : pattern;
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
