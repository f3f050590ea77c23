package org.dozaban.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReflowTest {

    private static final String INDENTED = String.join("\n",
            " A title line",
            "   First paragraph starts here and",
            "runs on to a second line.",
            " a stray one-space indent continues it.",
            "   Second paragraph is short",
            "",
            "and continues after a page break.",
            "",
            "",
            "Footer after two blank lines.");

    @Test
    void detectsIndentedLayout() {
        assertEquals(Layout.INDENTED, Layout.detect(List.of(INDENTED.split("\n"))));
    }

    @Test
    void detectsBlankSeparatedLayout() {
        assertEquals(Layout.BLOCKS, Layout.detect(List.of("Title", "", "One paragraph.", "", "   Indented code?", "")));
    }

    @Test
    void hardWrappedMarkdownWithAnIndentedCodeBlockIsNotIndentedLayout() {
        String text = String.join("\n", "A first paragraph of text that runs on", "to a second line.", "",
                "    code line one", "    code line two", "", "Another paragraph of text that runs",
                "on to a second line.", "", "And a third paragraph that also runs", "on to another line.", "",
                "    more code", "    and more", "", "A last paragraph.");
        assertEquals(Layout.BLOCKS, Layout.detect(List.of(text.split("\n"))));
    }

    @Test
    void indentedLayoutMarksParagraphsPageBreaksAndSections() {
        List<Block> blocks = Reflow.blocks(INDENTED);
        assertEquals(List.of("A title line"), blocks.get(0).lines());
        assertEquals(List.of("First paragraph starts here and", "runs on to a second line.",
                "a stray one-space indent continues it."), blocks.get(1).lines());
        assertEquals(List.of("Second paragraph is short"), blocks.get(2).lines());
        assertTrue(blocks.get(3).continues(), "one blank line then an unindented line is a page break");
        assertFalse(blocks.get(4).continues(), "two blank lines end the article text");
        assertEquals(2, blocks.get(4).blanksBefore());
    }

    @Test
    void trailingSpacesOfIndentedTextAreNotHardBreaks() {
        List<Block> blocks = Reflow.blocks("Title\n   One line  \nand the next.\n   Second paragraph\nends here.");
        assertEquals("One line and the next.", Reflow.paragraph(blocks.get(1), Lexicon.empty()));
    }

    @Test
    void longLinesInOneGroupAreParagraphsOfTheirOwn() {
        String longLine = "word ".repeat(30).strip() + ".";
        List<Block> blocks = Reflow.blocks(longLine + "\n" + longLine + "\nshort");
        assertEquals(3, blocks.size());
    }

    @Test
    void shortSentenceLinesAreParagraphsButHardWrappedLinesJoin() {
        assertTrue(Reflow.linePerParagraph(List.of("A line that ends a sentence well before the width.",
                "Short one.", "And a last line of some length that sets the width here.")));
        assertFalse(Reflow.linePerParagraph(List.of("a hard-wrapped line that runs on to the",
                "next one without any stop at the end of", "the line.")));
    }

    @Test
    void joinsLinesWithSpacesAndKeepsClosedDashes() {
        Block block = new Block(List.of("the region—", "ostensibly", "—or not"), 1, 0, false);
        assertEquals("the region—ostensibly—or not", Reflow.paragraph(block, Lexicon.empty()));
    }

    @Test
    void keepsMarkdownHardBreaks() {
        Block block = new Block(List.of("first line  ", "second line"), 1, 0, false);
        assertEquals("first line  \nsecond line", Reflow.paragraph(block, Lexicon.empty()));
    }

    @Test
    void keepsTheLinesOfQuotesAndLists() {
        Block quote = new Block(List.of("> first line of a quote", "> second line"), 1, 0, false);
        assertEquals("> first line of a quote\n> second line", Reflow.paragraph(quote, Lexicon.empty()));
        Block list = new Block(List.of("- one", "- two"), 1, 0, false);
        assertEquals("- one\n- two", Reflow.paragraph(list, Lexicon.empty()));
    }

    @Test
    void undoesConverterEscapes() {
        Block block = new Block(List.of("spent \\$25 billion, 5\\% more, but \\*kept\\*"), 1, 0, false);
        assertEquals("spent $25 billion, 5% more, but \\*kept\\*", Reflow.paragraph(block, Lexicon.empty()));
    }
}
