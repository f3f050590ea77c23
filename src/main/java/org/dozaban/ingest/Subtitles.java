package org.dozaban.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of a subtitle (a deck or standfirst): a block of its own under the title, a line or a sentence or
 * two, not a heading, list, quotation, link or personal name, and whether a headline stands over it.
 */
final class Subtitles {

    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 50;
    /** Fewer words than this make a line a section label or site name more often than a headline. */
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern NOT_TEXT = Pattern.compile("^(?:#|>|[-*+]\\s|\\d+[.)]\\s|\\|).*");
    private static final Pattern HEADING_MARK = Pattern.compile("^(#{1,6})\\s");
    private static final Pattern EMPHASIS = Pattern.compile("^([*_]{1,2})(\\S(?:.*\\S)?)\\1$");

    private Subtitles() {
    }

    /** Whether {@code block} has the shape of a subtitle; where it stands is for the caller to judge. */
    static boolean hasShape(Block block) {
        String first = block.first().strip();
        int words = block.words();
        return words >= MIN_WORDS && words <= MAX_WORDS && !NOT_TEXT.matcher(first).matches()
                && !Texts.isLinkOnly(block.flat()) && Links.urls(block.flat()).isEmpty()
                && !(words <= MAX_NAME_WORDS && Byline.isName(block.flat()));
    }

    /**
     * Whether {@code headline}, just above {@code deck} and set apart from it by a blank line, is the title
     * and {@code deck} its subtitle: two title-like lines, the upper one short but not a label, the lower one
     * at least as long (decks say more than the headline they stand under). A line in capitals over a title
     * is a slug or masthead more often than a headline.
     */
    static boolean isHeadlineOver(Block headline, Block deck) {
        if (isSubheading(headline, deck)) {
            return true;
        }
        return deck.blanksBefore() > 0 && headline.words() >= MIN_HEADLINE_WORDS && deck.words() >= headline.words()
                && !Front.isAllCaps(headline.flat())
                && !headline.first().startsWith("#") && !deck.first().startsWith("#") && hasShape(deck);
    }

    /**
     * Whether {@code deck} is a Markdown heading of a lower level than the heading {@code title} just above it
     * ("# Title" / "## Deck"), and, without its mark, has the shape of a subtitle.
     */
    static boolean isSubheading(Block title, Block deck) {
        int over = level(title.first());
        int under = level(deck.first());
        return over > 0 && under > over && deck.lines().size() == 1
                && hasShape(new Block(List.of(Texts.plainTitle(deck.first())), deck.line(), deck.blanksBefore(), false));
    }

    private static int level(String line) {
        var m = HEADING_MARK.matcher(line.strip());
        return m.find() ? m.group(1).length() : 0;
    }

    /** The subtitle's text: its lines joined, without heading marks or emphasis around it. */
    static String text(Block block) {
        String t = Texts.plainTitle(block.flat());
        var m = EMPHASIS.matcher(t);
        return m.matches() ? m.group(2).strip() : t;
    }

    /** The features {@code --explain} shows for a subtitle. */
    static Evidence evidence(Block block, String where) {
        List<String> features = new ArrayList<>(List.of(where, block.words() + " words"));
        if (!Texts.endsSentence(block.last())) {
            features.add("no full stop");
        }
        return new Evidence(Role.SUBTITLE, 3, features);
    }
}
