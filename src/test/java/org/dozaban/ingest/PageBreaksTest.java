package org.dozaban.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageBreaksTest {

    private static Block block(String text) {
        return new Block(List.of(text), 1, 1, false);
    }

    private static int joined(String first, String second) {
        return PageBreaks.join(List.of(block(first), block(second)), "en").size();
    }

    @Test
    void joinsWhenTheNextBlockStartsInLowerCase() {
        assertEquals(1, joined("crowds watching the", "opening of the bridge."));
    }

    @Test
    void joinsAfterAWordThatCannotEndASentence() {
        assertEquals(1, joined("a letter to the council of", "Northern Province."));
        assertEquals(1, joined("in the main towns. On", "Friday, the largest of them..."));
    }

    @Test
    void joinsATitleToTheNameAfterIt() {
        assertEquals(1, joined("the delegation was led by Foreign Minister", "Mohammad Javad Zarif, who spoke."));
        assertEquals(2, joined("the powers of the president", "Many deputies objected."));
    }

    @Test
    void keepsAParagraphEndWithoutFullStopBeforeACapitalizedSentence() {
        assertEquals(2, joined("a dry and abandoned valley", "Many families left."));
    }

    @Test
    void keepsAParagraphThatEndsASentence() {
        assertEquals(2, joined("and around the world.", "as I said before, this is clear."));
    }

    @Test
    void joinsWhatTheLayoutMarksAsContinuing() {
        Block next = new Block(List.of("Rescue teams arrived."), 3, 1, true);
        assertEquals(1, PageBreaks.join(List.of(block("The storm hit the towns."), next), "en").size());
    }

    @Test
    void neverJoinsAcrossAnotherScript() {
        assertEquals(2, joined("a line of poetry painted on the", "بنی آدم اعضای یکدیگرند"));
    }

    @Test
    void neverJoinsHeadingsOrListItems() {
        assertEquals(2, joined("## A heading of", "the next part"));
        assertEquals(2, joined("text before a list of", "- item one"));
    }
}
