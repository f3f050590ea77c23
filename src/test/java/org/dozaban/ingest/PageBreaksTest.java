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
        assertEquals(1, joined("crowds celebrating the", "routing of the army."));
    }

    @Test
    void joinsAfterAWordThatCannotEndASentence() {
        assertEquals(1, joined("the Syrian government of", "President Bashar al-Assad."));
        assertEquals(1, joined("major population centres. On", "Saturday, one of the largest..."));
    }

    @Test
    void keepsAParagraphEndWithoutFullStopBeforeACapitalizedSentence() {
        assertEquals(2, joined("an occupying force of a hostile regime", "These bitter divisions grew."));
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
