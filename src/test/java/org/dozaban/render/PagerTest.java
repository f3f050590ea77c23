package org.dozaban.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagerTest {

    private static final UiStrings EN = new UiStrings("en", Map.of("number", "{0, number, integer}",
            "previousPage", "Newer", "nextPage", "Older", "newest", "Newest"), Map.of());
    private static final UiStrings FA = new UiStrings("fa", Map.of("number", "{0, number, integer}",
            "previousPage", "تازه‌تر", "nextPage", "قدیمی‌تر", "newest", "تازه‌ترین‌ها"), Map.of());

    private static List<Integer> window(Pager pager) {
        return pager.pages().stream().map(Pager.PageNumber::number).toList();
    }

    private static String path(int n) {
        return n == 0 ? "en/" : "en/page/" + n + "/";
    }

    @Test
    void archivePagesCountFromTheOldestAndReadNewestFirst() {
        // 150 archive pages: the first page, then 150 (the newest archive page) down to 1 (the oldest)
        Pager pager = Pager.of(100, 150, PagerTest::path, EN);
        assertEquals(List.of(102, 101, 100, 99, 98), window(pager));
        assertEquals(0, pager.first().number());
        assertEquals("Newest", pager.first().label());
        assertEquals(1, pager.last().number());
        assertEquals("en/page/101/", pager.previous().path());
        assertEquals("en/page/99/", pager.next().path());
        assertTrue(pager.gapBefore());
        assertTrue(pager.gapAfter());
        assertEquals(List.of(false, false, true, false, false), pager.pages().stream().map(Pager.PageNumber::current).toList());
    }

    @Test
    void theFirstPageLeadsToTheNewestArchivePages() {
        Pager first = Pager.of(0, 150, PagerTest::path, EN);
        assertEquals(List.of(0, 150, 149), window(first));
        assertNull(first.first());
        assertNull(first.previous());
        assertEquals("en/page/150/", first.next().path());
        assertEquals(1, first.last().number());
        Pager oldest = Pager.of(1, 150, PagerTest::path, EN);
        assertEquals(List.of(3, 2, 1), window(oldest));
        assertNull(oldest.last());
        assertNull(oldest.next());
        assertEquals("en/", oldest.first().path());
        Pager nearFirst = Pager.of(148, 150, PagerTest::path, EN);
        assertEquals(List.of(150, 149, 148, 147, 146), window(nearFirst));
        assertFalse(nearFirst.gapBefore(), "the first page is next to the window");
    }

    @Test
    void aListThatFitsTheFirstPageHasNoPager() {
        assertFalse(Pager.of(0, 0, PagerTest::path, EN).shown());
        assertTrue(Pager.of(0, 1, PagerTest::path, EN).shown());
    }

    @Test
    void aPagerHasAtMostNineLinksWhateverTheLength() {
        for (int total : List.of(1, 2, 7, 100, 100_000)) {
            for (int current : List.of(0, 1, total / 2 + 1, total)) {
                Pager pager = Pager.of(current, total, PagerTest::path, EN);
                int links = pager.pages().size() + (pager.first() == null ? 0 : 1) + (pager.last() == null ? 0 : 1)
                        + (pager.previous() == null ? 0 : 1) + (pager.next() == null ? 0 : 1);
                assertTrue(links <= 9, total + "/" + current + ": " + links);
            }
        }
    }

    @Test
    void numbersAreInThePageDigits() {
        Pager pager = Pager.of(12, 30, PagerTest::path, FA);
        assertEquals(List.of("۱۴", "۱۳", "۱۲", "۱۱", "۱۰"), pager.pages().stream().map(Pager.PageNumber::label).toList());
        assertEquals("۱", pager.last().label());
        assertEquals("تازه‌ترین‌ها", pager.first().label());
    }

    @Test
    void pagingKeepsArchivePagesWhenEntriesArrive() {
        List<Integer> entries = new ArrayList<>(IntStream.rangeClosed(1, 47).boxed().toList());
        entries.sort((a, b) -> b - a); // newest first: 47 … 1
        Paging paging = new Paging(entries.size(), 10);
        assertEquals(4, paging.archivePages());
        assertEquals(List.of(47, 46, 45, 44, 43, 42, 41, 40, 39, 38), paging.first(entries));
        assertEquals(List.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), paging.archive(entries, 1));
        assertEquals(List.of(37, 36, 35, 34, 33, 32, 31), paging.archive(entries, 4));
        entries.add(0, 48);
        Paging grown = new Paging(entries.size(), 10);
        assertEquals(4, grown.archivePages());
        for (int page = 1; page <= 3; page++) {
            assertEquals(paging.archive(entries.subList(1, entries.size()), page), grown.archive(entries, page));
        }
        assertEquals(List.of(38, 37, 36, 35, 34, 33, 32, 31), grown.archive(entries, 4));
        assertEquals(0, new Paging(10, 10).archivePages());
        assertEquals(1, new Paging(11, 10).archivePages());
    }

    @Test
    void aPagerDependsOnTheLengthOfItsListOnlyAsFarAsItSeesIt() {
        // archive pages count from the oldest: as a list grows, the pager of a page far from the newest
        // stays as it was; pages are made again only when what their pager sees of the length changes
        assertEquals(Pager.of(100, 150, PagerTest::path, EN), Pager.of(100, 151, PagerTest::path, EN));
        assertEquals(Pager.lengthSeen(100, 150), Pager.lengthSeen(100, 151));
        // the newest archive pages see the new one: the first page leaves the window of page 148 of 151
        assertEquals(List.of(150, 149, 148, 147, 146), window(Pager.of(148, 150, PagerTest::path, EN)));
        assertEquals(List.of(150, 149, 148, 147, 146), window(Pager.of(148, 151, PagerTest::path, EN)));
        assertFalse(Pager.of(148, 150, PagerTest::path, EN).gapBefore());
        assertTrue(Pager.of(148, 151, PagerTest::path, EN).gapBefore());
        assertNotEquals(Pager.lengthSeen(148, 150), Pager.lengthSeen(148, 151));
        for (int total = 0; total <= 30; total++) {
            for (int longer = total; longer <= 32; longer++) {
                for (int current = 0; current <= total; current++) {
                    boolean same = Pager.of(current, total, PagerTest::path, FA)
                            .equals(Pager.of(current, longer, PagerTest::path, FA));
                    assertEquals(same, Pager.lengthSeen(current, total) == Pager.lengthSeen(current, longer),
                            "page " + current + " of " + total + " and of " + longer);
                }
            }
        }
    }
}
