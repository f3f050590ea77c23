package org.dozaban.markdown;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents of plain blocks and phrases are written as flexmark's renderer writes them; others are left to it. */
class PlainBlocksTest {

    private final Markdown markdown = new Markdown();

    @Test
    void writesNestedListsQuotesHeadingsAndPhrasesAsFlexmarkDoes() {
        assertEquals("""
                <h2 id="lists">Lists</h2>
                <ul>
                <li>a &amp; <em>b</em></li>
                <li>c
                <ol start="3">
                <li><a href="https://example.org/?a=1&amp;b=2" title="t &quot;q&quot;">d</a></li>
                </ol>
                </li>
                </ul>
                <blockquote>
                <p>one<br />
                two
                three</p>
                </blockquote>
                <hr />
                """, PlainBlocks.html(markdown.parse("""
                ## Lists

                - a & *b*
                - c
                  3. [d](https://example.org/?a=1&b=2 "t \\"q\\"")

                > one\\
                > two
                > three

                ***
                """)));
        // a loose list wraps each item's text in a paragraph, each block on a line of its own
        assertEquals("<ol>\n<li>\n<p>x</p>\n</li>\n<li>\n<p>y</p>\n<p>z</p>\n</li>\n</ol>\n",
                PlainBlocks.html(markdown.parse("1. x\n\n2. y\n\n   z\n")));
    }

    @Test
    void leavesOutTheSpacesThatBeginALineAfterABreak() {
        assertEquals("<p>a<br />\nb <em>c</em><br />\n<em>d</em></p>\n",
                PlainBlocks.html(markdown.parse("a\\\n   b *c*  \n  *d*\n")));
    }

    @Test
    void givesHeadingsUniqueIdsAsTheRendererDoes() {
        assertEquals("<h1 id=\"same\">Same</h1>\n<h1 id=\"same-2\">Same</h1>\n",
                PlainBlocks.html(markdown.parse("# Same\n\n# Same\n")));
    }

    @Test
    void writesLinksToDefinedReferencesAndNothingForTheDefinitions() {
        // labels match without regard to case; the first definition of a label is the one taken
        assertEquals("<p><a href=\"https://example.org/r\" title=\"T\">a</a> and <a href=\"/s\">S</a> and "
                        + "<a href=\"https://example.org/r\" title=\"T\">R</a></p>\n",
                PlainBlocks.html(markdown.parse("[a][r] and [S] and [R]\n\n[r]: https://example.org/r \"T\"\n"
                        + "[s]: /s\n[R]: /ignored\n")));
        // brackets that name no reference stay as they were written, around their phrases
        assertEquals("<p>[a &amp; <em>b</em>] and [c][none] and [<a href=\"/d\">d</a>]</p>\n",
                PlainBlocks.html(markdown.parse("[a & *b*] and [c][none] and [[d](/d)]\n")));
    }

    @Test
    void leavesEveryOtherNodeToFlexmark() {
        for (String text : new String[] {"![a](b.png)", "`code`", "<b>raw</b>", "https://x.org",
                "a {.c}", "| a |\n|---|\n| b |", "x[^1]\n\n[^1]: n", "    code", "```\ncode\n```", "&copy;", "a\tb"}) {
            assertNull(PlainBlocks.html(markdown.parse(text)), text);
        }
    }

    /**
     * Random documents of headings, paragraphs, nested lists of every kind, quotes and breaks, with
     * emphasis, links and the characters HTML escapes, in Latin and Persian: what this writes equals
     * flexmark's own rendering with every extension, and most of the documents are written here.
     */
    @Test
    void randomDocumentsOfPlainBlocksAreWrittenAsFlexmarkWritesThem() {
        int written = 0;
        int documents = 3000;
        for (long seed = 1; seed <= documents; seed++) {
            String text = new Blocks(new Random(seed)).document();
            String plain = PlainBlocks.html(markdown.parse(text));
            if (plain != null) {
                written++;
                assertEquals(markdown.toHtmlWithEveryExtension(text), plain, "seed " + seed + ":\n" + text);
            }
        }
        assertTrue(written > documents * 3 / 4, "written here: " + written);
    }

    /** Random Markdown made of the blocks and phrases {@link PlainBlocks} writes. */
    private static final class Blocks {
        private static final String[] WORDS = {"word", "text", "کتاب", "ایران", "a&b", "x<y", "say \"hi\"", "it's",
                "۱۲۳", "2024", "—", "«نقل»", "one two"};
        private static final String[] URLS = {"https://example.org/", "/en/page/", "https://x.org/a?b=1&c=2",
                "https://fa.wikipedia.org/wiki/ایران", "<https://example.org/a>", "#section", "/"};
        private final Random random;

        Blocks(Random random) {
            this.random = random;
        }

        String document() {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                text.append(block(0)).append(random.nextInt(4) == 0 ? "\n" : "\n\n");
            }
            // definitions of some of the words, which brackets around them then link to
            for (int n = random.nextInt(3); n > 0; n--) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append("\n[").append(word).append("]: ").append(URLS[random.nextInt(URLS.length - 1)])
                        .append(random.nextBoolean() ? " \"" + word.replace("\"", "") + "\"" : "").append('\n');
            }
            return text.toString();
        }

        private String block(int depth) {
            return switch (depth > 2 ? random.nextInt(2) : random.nextInt(6)) {
                case 0 -> paragraph();
                case 1 -> "#".repeat(1 + random.nextInt(6)) + " " + inline() + "\n";
                case 2 -> list(depth);
                case 3 -> quote(depth);
                case 4 -> new String[] {"---", "***", "___", "- - -"}[random.nextInt(4)] + "\n";
                default -> paragraph();
            };
        }

        private String paragraph() {
            StringBuilder text = new StringBuilder(inline());
            for (int n = random.nextInt(3); n > 0; n--) {
                text.append(new String[] {"\n", "  \n", "\\\n"}[random.nextInt(3)]).append(inline());
            }
            return text.append('\n').toString();
        }

        private String list(int depth) {
            boolean ordered = random.nextBoolean();
            boolean loose = random.nextInt(3) == 0;
            String bullet = new String[] {"-", "*", "+"}[random.nextInt(3)];
            int start = random.nextInt(3) == 0 ? random.nextInt(12) : 1;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                String marker = ordered ? (start + i) + (random.nextBoolean() ? "." : ")") : bullet;
                String indent = " ".repeat(marker.length() + 1);
                String item = random.nextInt(4) == 0 ? block(depth + 1) : paragraph();
                if (random.nextInt(3) == 0) {
                    item += (random.nextBoolean() ? "\n" : "") + block(depth + 1);
                }
                text.append(marker).append(' ').append(item.stripTrailing().replace("\n", "\n" + indent))
                        .append(loose ? "\n\n" : "\n");
            }
            return text.toString();
        }

        private String quote(int depth) {
            String inner = block(depth + 1) + (random.nextBoolean() ? "\n" + block(depth + 1) : "");
            return "> " + inner.stripTrailing().replace("\n", "\n> ") + "\n";
        }

        private String inline() {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(switch (random.nextInt(8)) {
                    case 0 -> "*" + word + "*";
                    case 1 -> "**" + word + "**";
                    case 2 -> "_" + word + "_";
                    case 3 -> "[" + word + "](" + URLS[random.nextInt(URLS.length)]
                            + (random.nextInt(3) == 0 ? " \"" + word.replace("\"", "") + "\"" : "") + ")";
                    case 4 -> "***" + word + "***";
                    case 5 -> "[" + word + "]" + (random.nextBoolean() ? "[" + word + "]" : "");
                    default -> word;
                });
            }
            return text.toString();
        }
    }
}
