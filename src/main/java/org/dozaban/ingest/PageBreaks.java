package org.dozaban.ingest;

import org.dozaban.text.PersianText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rejoins paragraphs that a page break split. A block continues the previous one when the layout says so,
 * or when the previous one stops mid-sentence (no closing punctuation) and either this one starts in lower
 * case or the previous one ends with a word that cannot end a sentence ("of", "the", "On", "در": the vocabulary
 * non-final-words) or with a capitalized title before a name (titles-before-names) ("Foreign Minister" / "Mohammad Javad Zarif"). A block
 * that ends without a full stop but is followed by a capitalized sentence stays a paragraph of its own.
 */
public final class PageBreaks {

    

    private PageBreaks() {
    }

    /** {@code blocks} with split paragraphs rejoined. */
    public static List<Block> join(List<Block> blocks, String lang) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (!out.isEmpty() && continues(out.get(out.size() - 1), block, lang)) {
                out.set(out.size() - 1, out.get(out.size() - 1).joinedWith(block));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    /** Whether {@code next} continues the paragraph {@code previous} when a page break separates them. */
    static boolean continues(Block previous, Block next, String lang) {
        if (!Texts.inScriptOf(previous.flat(), lang) || !Texts.inScriptOf(next.flat(), lang)
                || Reflow.isMarkdownStructure(previous.first()) || Reflow.isMarkdownStructure(next.first())) {
            return false;
        }
        if (next.continues()) {
            return true;
        }
        String end = previous.last().strip();
        if (end.isEmpty() || Texts.endsSentence(end)) {
            return false;
        }
        int start = next.first().codePointAt(0);
        String last = lastWord(end);
        return Character.isLowerCase(start) || Vocabulary.of("non-final-words").isWhole(last)
                || Vocabulary.of("titles-before-names").isWhole(last) && endsCapitalized(end) && Character.isUpperCase(start);
    }

    private static boolean endsCapitalized(String text) {
        String[] words = text.split("\\s+");
        String last = words[words.length - 1].replaceAll("^[^\\p{L}]+", "");
        return !last.isEmpty() && Character.isUpperCase(last.codePointAt(0));
    }

    private static String lastWord(String text) {
        String[] words = text.split("\\s+");
        String word = words[words.length - 1].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return PersianText.unifyLetters(word);
    }
}
