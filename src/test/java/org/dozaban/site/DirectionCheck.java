package org.dozaban.site;

import org.dozaban.text.Language;
import org.dozaban.text.ScriptCounts;
import org.dozaban.text.Scripts;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that every block of the loaded page is laid out in the direction of its dominant script
 * and carries (itself or through its nearest ancestor) the language of that script. Letters are
 * counted as {@link Scripts} counts them; blocks with too few letters, or where no script has
 * {@link Scripts#DOMINANCE} of them, are not judged.
 */
final class DirectionCheck {

    /** Fewer letters than this say too little about a block's language. */
    static final int MIN_LETTERS = 3;

    private static final int SNIPPET = 60;
    private static final PageScript SCRIPT = PageScript.load("blocks.js");

    private DirectionCheck() {
    }

    /**
     * One block as the browser sees it.
     *
     * @param path      CSS path to the block
     * @param tag       element name
     * @param text      its own text: without nested blocks and isolated runs
     * @param direction computed CSS direction
     * @param lang      lang of the block or its nearest ancestor with one, or empty
     * @param font      computed font-family list
     */
    record Block(String path, String tag, String text, String direction, String lang, String font) {
    }

    /** Failures on the page loaded in {@code driver}, each naming {@code page}, the block and its text. */
    static List<String> check(WebDriver driver, String page) {
        return judge(page, collect(driver));
    }

    /** Every block of the loaded page, the root element first; one script call per page. */
    static List<Block> collect(WebDriver driver) {
        List<?> rows = (List<?>) SCRIPT.run(driver);
        List<Block> blocks = new ArrayList<>(rows.size());
        for (Object row : rows) {
            List<?> cells = (List<?>) row;
            blocks.add(new Block(cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3), cell(cells, 4),
                    cell(cells, 5)));
        }
        return blocks;
    }

    /** Judges collected blocks; the first is the root element, whose lang sets the page language. */
    static List<String> judge(String page, List<Block> blocks) {
        List<String> failures = new ArrayList<>();
        Block root = blocks.get(0);
        String pageLang = primary(root.lang());
        if (pageLang.isEmpty()) {
            failures.add(page + ": <html> has no lang");
        } else if (!root.direction().equals(Language.direction(pageLang))) {
            failures.add(page + ": <html lang=\"" + root.lang() + "\"> is laid out " + root.direction());
        }
        for (Block block : blocks.subList(1, blocks.size())) {
            dominantLanguage(block).flatMap(lang -> judgeBlock(block, lang))
                    .ifPresent(problem -> failures.add(describe(page, block, problem)));
        }
        return failures;
    }

    /**
     * The language the block's own text is written in, when it has enough letters and one script
     * dominates them; see {@link Scripts#dominantLanguage}.
     */
    static Optional<String> dominantLanguage(Block block) {
        if (Scripts.count(block.text()).letters() < MIN_LETTERS) {
            return Optional.empty();
        }
        return Scripts.dominantLanguage(block.text());
    }

    /** A failure line: page, CSS path, what is wrong, and the start of the block's text. */
    static String describe(String page, Block block, String problem) {
        return page + ": " + block.path() + ": " + problem + ": \"" + snippet(block.text()) + "\"";
    }

    private static Optional<String> judgeBlock(Block block, String expected) {
        List<String> problems = new ArrayList<>();
        String direction = Language.direction(expected);
        if (!block.direction().equals(direction)) {
            problems.add("laid out " + block.direction() + ", its text is " + direction);
        }
        if (!languageFits(expected, primary(block.lang()), Scripts.count(block.text()))) {
            problems.add("lang is \"" + block.lang() + "\", its text is " + expected);
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /**
     * Arabic-script text without any Persian-only letter may be Arabic as well as Persian, so "ar"
     * fits it; anything else must match exactly.
     */
    private static boolean languageFits(String expected, String lang, ScriptCounts counts) {
        return expected.equals(lang)
                || ("fa".equals(expected) && "ar".equals(lang) && counts.persianMarks() == 0);
    }

    private static String primary(String lang) {
        int dash = lang.indexOf('-');
        return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "…";
    }

    private static String cell(List<?> cells, int index) {
        Object value = cells.get(index);
        return value == null ? "" : value.toString();
    }
}
