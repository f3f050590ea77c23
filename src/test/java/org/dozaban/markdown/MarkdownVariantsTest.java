package org.dozaban.markdown;

import org.dozaban.testing.RandomText;
import org.dozaban.bench.CorpusGenerator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parsing only with the extensions a text may need, and rendering text nodes without matching a pattern
 * over each, gives exactly what parsing with all of them and flexmark's own rendering give.
 */
class MarkdownVariantsTest {

    private final Markdown markdown = new Markdown();

    @Test
    void everyMarkdownFileOfTheProjectRendersTheSameEitherWay() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                // the bad-input corpus holds bodies made to break parsers, which the loader refuses
                for (Path file : files.filter(p -> p.toString().endsWith(".md"))
                        .filter(p -> !p.startsWith(Path.of("src/test/resources/corpus"))).sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        CorpusGenerator generator = new CorpusGenerator(3);
        for (int i = 0; i < 40; i++) {
            texts.add(generator.article(i).body());
        }
        assertTrue(texts.size() > 80, "texts: " + texts.size());
        for (String text : texts) {
            assertEquals(markdown.toHtmlWithEveryExtension(text), markdown.toHtml(text));
        }
    }

    @Test
    void textsNearTheMarksRenderTheSameEitherWay() {
        for (String text : List.of("see www.example.org today", "WWW.EXAMPLE.ORG", "write to a@b.org",
                "http://x.org and https://y.org/a?b=c", "ftp://files.example.org/x", "no links here: just a colon",
                "a paragraph {lang=fa dir=rtl}", "# Heading {#custom-id}", "braces { in text } only",
                "wwwx. not an address", "<https://example.org>", "[text](https://example.org \"title\")",
                "email me at someone at example dot org", "متن فارسی با www.example.ir و نشانی",
                "[a](https://www.example.org/x) only", "[a](<https://example.org/a b>) and [b][r]\n\n[r]: https://example.org/r",
                "[r]:<https://example.org/r>\n\n[r]", "[a](https://example.org) then https://bare.example.org",
                "[a](https://example.org) then www.bare.org", "[https://example.org](https://example.org)",
                "[a](https://example.org \"see https://y.org\")", "`https://example.org` in code",
                "    https://example.org in a code block", "(https://example.org)", "x](https://example.org)",
                "[a]( https://example.org)", "«https://example.org»", "[a](http://www.example.org/www.x)")) {
            assertEquals(markdown.toHtmlWithEveryExtension(text), markdown.toHtml(text), text);
        }
    }

    @Test
    void escapesEntitiesAndLineEndsRenderTheSameEitherWay() {
        for (String text : List.of("a \\* b \\_c\\_ \\\\ d", "fish &amp; chips &copy; &#1604; &#x6CC; &nbsp;x",
                "&notanentity; & alone", "line one\r\nline two\rthree\r", "trailing\r", "\\&amp;",
                "کتاب\\! و &laquo;نقل&raquo;", "*em \\* &amp;* and `code \\ &amp;`", "a\\\r\nb")) {
            assertEquals(markdown.toHtmlWithEveryExtension(text), markdown.toHtml(text), text);
        }
    }

    /** Random texts of escapes, entities, line ends and marks render the same either way. */
    @Test
    void randomTextsRenderTheSameEitherWay() {
        String[] pieces = {"a", "ک", " ", "\\", "&", "&amp;", "&#1604;", "&nbsp;", ";", "*", "_", "`", "\r", "\n",
                "\r\n", "#", "[", "]", "(", ")", "<b>", "!", "https://x.org", "{.c}", "1.", ":", "|", "-", "> ",
                "\u0000", "[^1]", "\"", "    ", "<"};
        for (long seed = 1; seed <= 2000; seed++) {
            String text = RandomText.of(new java.util.Random(seed), 20, pieces);
            assertEquals(markdown.toHtmlWithEveryExtension(text), markdown.toHtml(text), "seed " + seed);
        }
    }

    /** Link reference definitions, tables and footnotes, in the places where flexmark parses pieces of lines. */
    @Test
    void blocksOfEveryKindRenderTheSameEitherWay() {
        for (String text : List.of("[a][r] and [r]\n\n[r]: /x \"t\"", "> [a][r]\n> \n> [r]: /quoted\n",
                "- [a][r]\n\n  [r]: /in-a-list\n", "[R]: /upper\n\n[r] [R][] [r][R]",
                "| a | b |\n|---|:-:|\n| [x][r] | *y* |\n\n[r]: /t", "> | a |\n> |---|\n> | b\\|c |",
                "text[^1] and [^2]\n\n[^1]: a note with [r]\n[^2]: another\n\n[r]: /n",
                "a\u0000b *c\u0000* [d\u0000](/e)", "1. one\n   > quote [z]\n\n[z]: <https://example.org/z>")) {
            assertEquals(markdown.toHtmlWithEveryExtension(text), markdown.toHtml(text), text);
        }
    }

    @Test
    void bareLinkMarks() {
        assertTrue(Markdown.mayHaveBareLink("go to WWW.example.org"));
        assertTrue(Markdown.mayHaveBareLink("https://example.org"));
        assertTrue(Markdown.mayHaveBareLink("a@b"));
        assertFalse(Markdown.mayHaveBareLink("plain text: with a colon, and ww. no"));
    }
}
