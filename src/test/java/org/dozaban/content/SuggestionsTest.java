package org.dozaban.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertEquals(1, Suggestions.distance("tilte", "title"));
        assertEquals(1, Suggestions.distance("autor", "author"));
        assertEquals(0, Suggestions.distance("sourceurl", "sourceUrl"));
    }

    @Test
    void namesEveryEquallyCloseWord() {
        assertEquals(List.of("iran", "iraq"), Suggestions.closest("irak", List.of("syria", "iraq", "iran")));
    }

    @Test
    void suggestsNothingFarAway() {
        assertEquals(List.of(), Suggestions.closest("category", List.of("title", "date")));
        assertEquals("known keys: title, date", Suggestions.hint("category", List.of("title", "date"), "known keys"));
    }

    @Test
    void listsNearestTopicsFirstAndStopsAtEight() {
        List<String> known = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "iran", "iraq", "zz");
        assertEquals("did you mean \"iran\" or \"iraq\"? known topics: iran, iraq, a1, a2, a3, a4, a5, a6, …",
                Suggestions.hintNearest("irak", known, "known topics"));
    }
}
