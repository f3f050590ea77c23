package org.dozaban.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits decoded text into {@link Block}s according to its {@link Layout}, and turns a block back into
 * one paragraph of running text (joining hard-wrapped lines and repairing line-end hyphenation).
 */
public final class Reflow {

    /** A hard-wrapped line is at least this share of the longest line of its paragraph. */
    private static final double SHORT_LINE = 0.5;
    private static final Pattern STRUCTURE = Pattern.compile("^(?:#{1,6}\\s|[-*+]\\s|\\d+[.)]\\s|>|\\||```|~~~)");

    private Reflow() {
    }

    /** The blocks of {@code text} (lines separated by {@code \n}). */
    public static List<Block> blocks(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        return Layout.detect(lines) == Layout.INDENTED ? indentedBlocks(lines) : blankSeparatedBlocks(lines);
    }

    /** Blank-line separated groups; a group holding a long line has one paragraph per line. */
    static List<Block> blankSeparatedBlocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> group = new ArrayList<>();
        int groupStart = 0;
        int blanks = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || lines.get(i).isBlank();
            if (!blank) {
                if (group.isEmpty()) {
                    groupStart = i;
                }
                group.add(lines.get(i));
                continue;
            }
            if (!group.isEmpty()) {
                addGroup(blocks, group, groupStart, blanks);
                group.clear();
                blanks = 0;
            }
            blanks++;
        }
        return blocks;
    }

    private static void addGroup(List<Block> blocks, List<String> group, int start, int blanksBefore) {
        if (!linePerParagraph(group)) {
            blocks.add(new Block(group.stream().map(Reflow::clean).toList(), start + 1, blanksBefore, false));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            blocks.add(new Block(List.of(clean(group.get(i))), start + i + 1, i == 0 ? blanksBefore : 0, false));
        }
    }

    /**
     * Whether each line of a blank-line separated group is a paragraph: some line is too long to be
     * hard-wrapped, or a line ends a sentence well short of the wrap width the longest line shows.
     */
    static boolean linePerParagraph(List<String> group) {
        if (group.size() < 2) {
            return false;
        }
        int longest = group.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
        if (longest > Layout.WRAP_WIDTH) {
            return true;
        }
        for (String line : group.subList(0, group.size() - 1)) {
            String text = line.strip();
            if (!line.endsWith("  ") && text.length() < longest * SHORT_LINE && Texts.endsSentence(text)) {
                return true;
            }
        }
        return false;
    }

    /** One paragraph per line of {@code text}, for formats that keep each paragraph on one line. */
    public static List<Block> lineBlocks(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int blanks = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                blanks++;
            } else {
                blocks.add(new Block(List.of(clean(lines[i])), i + 1, blanks, false));
                blanks = 0;
            }
        }
        return blocks;
    }

    /**
     * Indent-marked paragraphs. Lines before the first indented line are a header, one block each. A
     * single blank line followed by an unindented line is a page break inside a paragraph; two or more
     * blank lines end whatever came before. Trailing spaces are extraction noise here, not hard breaks.
     */
    static List<Block> indentedBlocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int currentStart = 0;
        int currentBlanks = 0;
        boolean currentContinues = false;
        boolean inBody = false;
        int blanks = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            boolean indented = Layout.indent(line) >= Layout.PARAGRAPH_INDENT;
            inBody |= indented;
            boolean runsOn = inBody && !indented && blanks == 0 && !current.isEmpty();
            if (!runsOn) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(current, currentStart + 1, currentBlanks, currentContinues));
                }
                current = new ArrayList<>();
                currentStart = i;
                currentBlanks = blanks;
                currentContinues = inBody && !indented && blanks == 1;
            }
            current.add(line.strip());
            if (!inBody) {
                blocks.add(new Block(current, currentStart + 1, currentBlanks, false));
                current = new ArrayList<>();
            }
            blanks = 0;
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(current, currentStart + 1, currentBlanks, currentContinues));
        }
        return blocks;
    }

    /** Strips a line but keeps a Markdown hard break (two trailing spaces) as exactly two spaces. */
    static String clean(String line) {
        String stripped = line.strip();
        return line.endsWith("  ") && !stripped.isEmpty() ? stripped + "  " : stripped;
    }

    /** The block's lines as one paragraph; Markdown structure (lists, quotes, tables) keeps its lines. */
    public static String paragraph(Block block, Lexicon lexicon) {
        if (isMarkdownStructure(block.first())) {
            return Escapes.undo(String.join("\n", block.lines()).strip());
        }
        StringBuilder out = new StringBuilder(block.first());
        for (String next : block.lines().subList(1, block.lines().size())) {
            appendLine(out, next, lexicon);
        }
        return Escapes.undo(out.toString().strip());
    }

    private static void appendLine(StringBuilder out, String next, Lexicon lexicon) {
        String before = out.toString();
        if (before.endsWith("  ")) {
            out.append('\n').append(next);
        } else if (Hyphenation.endsHyphenated(before) && Hyphenation.startsWord(next)) {
            if (!Hyphenation.keepsHyphen(before, next, lexicon)) {
                out.setLength(out.length() - 1);
            }
            out.append(next);
        } else if (endsWithClosedDash(before) || startsWithClosedDash(next)) {
            out.append(next);
        } else {
            out.append(' ').append(next);
        }
    }

    /** Whether a line starts a Markdown block that is not a plain paragraph. */
    static boolean isMarkdownStructure(String line) {
        return STRUCTURE.matcher(line).find();
    }

    private static boolean endsWithClosedDash(String text) {
        int n = text.length();
        return n >= 2 && isDash(text.charAt(n - 1)) && !Character.isWhitespace(text.charAt(n - 2));
    }

    private static boolean startsWithClosedDash(String text) {
        return text.length() >= 2 && isDash(text.charAt(0)) && !Character.isWhitespace(text.charAt(1));
    }

    private static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2013';
    }
}
