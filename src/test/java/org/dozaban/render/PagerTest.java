package org.dozaban.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagerTest {

    private static final UiStrings EN = new UiStrings("en", Map.of("number", "{0, number, integer}",
            "previousPage", "Previous page", "nextPage", "Next page"), Map.of());
    private static final UiStrings FA = new UiStrings("fa", Map.of("number", "{0, number, integer}",
            "previousPage", "قبلی", "nextPage", "بعدی"), Map.of());

    private static List<Integer> window(Pager pager) {
        return pager.pages().stream().map(Pager.PageNumber::number).toList();
    }

    @Test
    void aLongListShowsFirstPreviousNearbyNextAndLast() {
        Pager pager = Pager.of(50, 150, n -> "en/page/" + n + "/", EN);
        assertEquals(List.of(48, 49, 50, 51, 52), window(pager));
        assertEquals(1, pager.first().number());
        assertEquals(150, pager.last().number());
        assertEquals("en/page/49/", pager.previous().path());
        assertEquals("en/page/51/", pager.next().path());
        assertTrue(pager.gapBeforeWindow());
        assertTrue(pager.gapAfterWindow());
        assertEquals(List.of(false, false, true, false, false), pager.pages().stream().map(Pager.PageNumber::current).toList());
    }

    @Test
    void nearTheEndsTheWindowHoldsTheFirstOrLastPage() {
        Pager start = Pager.of(1, 150, n -> "p" + n, EN);
        assertEquals(List.of(1, 2, 3), window(start));
        assertNull(start.first());
        assertNull(start.previous());
        assertEquals(150, start.last().number());
        Pager second = Pager.of(4, 150, n -> "p" + n, EN);
        assertEquals(List.of(2, 3, 4, 5, 6), window(second));
        assertFalse(second.gapBeforeWindow(), "page 1 is next to the window");
        Pager end = Pager.of(150, 150, n -> "p" + n, EN);
        assertEquals(List.of(148, 149, 150), window(end));
        assertNull(end.last());
        assertNull(end.next());
    }

    @Test
    void aPagerHasAtMostNineLinksWhateverTheLength() {
        for (int total : List.of(1, 2, 7, 100, 100_000)) {
            for (int current : List.of(1, total / 2 + 1, total)) {
                Pager pager = Pager.of(current, total, n -> "p" + n, EN);
                int links = pager.pages().size() + (pager.first() == null ? 0 : 1) + (pager.last() == null ? 0 : 1)
                        + (pager.previous() == null ? 0 : 1) + (pager.next() == null ? 0 : 1);
                assertTrue(links <= 9, total + "/" + current + ": " + links);
            }
        }
    }

    @Test
    void numbersAreInThePageDigits() {
        Pager pager = Pager.of(12, 30, n -> "p" + n, FA);
        assertEquals(List.of("۱۰", "۱۱", "۱۲", "۱۳", "۱۴"), pager.pages().stream().map(Pager.PageNumber::label).toList());
        assertEquals("۳۰", pager.last().label());
    }
}
