package org.dozaban.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists of blocks (a page's language first, then the others) split into pages. */
class PagingTest {

    /** Entries {@code prefix + n} for n from {@code count} down to 1: a block, newest first. */
    private static List<String> block(String prefix, int count) {
        return IntStream.iterate(count, n -> n >= 1, n -> n - 1).mapToObj(n -> prefix + n).toList();
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void theFirstPageTakesFromTheNextBlockAndTheRestOfEachBlockHasPagesOfItsOwn() {
        List<String> list = join(block("f", 5), block("e", 23));
        Paging paging = new Paging(List.of(5, 23), 10);
        assertEquals(List.of("f5", "f4", "f3", "f2", "f1", "e23", "e22", "e21", "e20", "e19"), paging.first(list));
        assertEquals(2, paging.archivePages());
        assertEquals(block("e", 10), paging.archive(list, 1));
        assertEquals(List.of("e18", "e17", "e16", "e15", "e14", "e13", "e12", "e11"), paging.archive(list, 2));

        // a new article in the other language changes the first page and that language's newest page
        List<String> grown = join(block("f", 5), block("e", 24));
        Paging after = new Paging(List.of(5, 24), 10);
        assertEquals(List.of("f5", "f4", "f3", "f2", "f1", "e24", "e23", "e22", "e21", "e20"), after.first(grown));
        assertEquals(block("e", 10), after.archive(grown, 1));
        assertEquals(List.of("e19", "e18", "e17", "e16", "e15", "e14", "e13", "e12", "e11"), after.archive(grown, 2));
    }

    @Test
    void theLastBlockIsNumberedFirstAndAPageNeverMixesBlocks() {
        List<String> list = join(block("f", 25), block("e", 13));
        Paging paging = new Paging(List.of(25, 13), 10);
        assertEquals(block("f", 25).subList(0, 10), paging.first(list));
        assertEquals(4, paging.archivePages());
        assertEquals(block("e", 10), paging.archive(list, 1));
        assertEquals(List.of("e13", "e12", "e11"), paging.archive(list, 2));
        assertEquals(block("f", 10), paging.archive(list, 3));
        assertEquals(List.of("f15", "f14", "f13", "f12", "f11"), paging.archive(list, 4));

        // a new article in the other language leaves the page language's pages as they were
        List<String> grown = join(block("f", 25), block("e", 14));
        Paging after = new Paging(List.of(25, 14), 10);
        assertEquals(4, after.archivePages());
        assertEquals(List.of("e14", "e13", "e12", "e11"), after.archive(grown, 2));
        assertEquals(paging.archive(list, 3), after.archive(grown, 3));
        assertEquals(paging.archive(list, 4), after.archive(grown, 4));
        assertEquals(paging.first(list), after.first(grown));
    }

    @Test
    void emptyBlocksHaveNoPages() {
        List<String> list = join(block("f", 3), block("e", 12));
        Paging paging = new Paging(List.of(3, 0, 12), 10);
        assertEquals(List.of("f3", "f2", "f1", "e12", "e11", "e10", "e9", "e8", "e7", "e6"), paging.first(list));
        assertEquals(1, paging.archivePages());
        assertEquals(block("e", 5), paging.archive(list, 1));
        Paging none = new Paging(List.of(0, 0), 10);
        assertEquals(0, none.archivePages());
        assertEquals(List.of(), none.first(List.of()));
        assertThrows(IndexOutOfBoundsException.class, () -> paging.archive(list, 2));
        assertThrows(IllegalArgumentException.class, () -> paging.first(list.subList(1, list.size())));
    }

    @Test
    void oneBlockIsPagedAsAPlainList() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int count = random.nextInt(80);
            int size = 1 + random.nextInt(12);
            List<String> list = block("a", count);
            Paging one = new Paging(count, size);
            Paging blocks = new Paging(List.of(count), size);
            int rest = Math.max(0, count - size);
            assertEquals((rest + size - 1) / size, one.archivePages(), "round " + round);
            assertEquals(one.archivePages(), blocks.archivePages());
            for (int page = 1; page <= one.archivePages(); page++) {
                // archive page n holds entries n·size … (n-1)·size + 1 counted from the oldest, the newest
                // page only as far as the rest goes
                int to = Math.min(rest, page * size);
                List<String> expected = block("a", to).subList(0, to - (page - 1) * size);
                assertEquals(expected, one.archive(list, page), "round " + round + " page " + page);
                assertEquals(expected, blocks.archive(list, page));
            }
        }
    }

    /**
     * For random blocks: the pages, read newest first, are the list; each holds at most a page of one
     * block's entries (the first page aside); and a new entry at the top of a block changes the first page
     * and at most one archive page, unless it gives some block one more page.
     */
    @Test
    void pagesCoverTheListAndANewEntryChangesOneArchivePage() {
        Random random = new Random(23);
        for (int round = 0; round < 2000; round++) {
            int size = 1 + random.nextInt(8);
            List<Integer> blocks = new ArrayList<>();
            int blockCount = 1 + random.nextInt(3);
            for (int b = 0; b < blockCount; b++) {
                blocks.add(random.nextInt(4) == 0 ? 0 : random.nextInt(40));
            }
            List<String> list = listOf(blocks, -1);
            Paging paging = new Paging(blocks, size);
            List<String> read = new ArrayList<>(paging.first(list));
            for (int page = paging.archivePages(); page >= 1; page--) {
                List<String> entries = paging.archive(list, page);
                assertTrue(!entries.isEmpty() && entries.size() <= size, "round " + round);
                assertEquals(1, entries.stream().map(e -> e.charAt(0)).distinct().count(), "one block a page");
                read.addAll(entries);
            }
            assertEquals(list, read, "round " + round + ": " + blocks);

            int grownBlock = random.nextInt(blockCount);
            List<Integer> more = new ArrayList<>(blocks);
            more.set(grownBlock, more.get(grownBlock) + 1);
            List<String> grown = listOf(more, grownBlock);
            Paging after = new Paging(more, size);
            if (after.archivePages() == paging.archivePages()) {
                int changed = 0;
                for (int page = 1; page <= paging.archivePages(); page++) {
                    changed += paging.archive(list, page).equals(after.archive(grown, page)) ? 0 : 1;
                }
                assertTrue(changed <= 1, "round " + round + ": " + blocks + " + 1 in block " + grownBlock
                        + " changed " + changed + " archive pages");
            }
        }
    }

    /**
     * A list of blocks named 'a', 'b', 'c' …, each entry named by its block and its number from the oldest;
     * block {@code newIn} (if any) has its newest entry named as new, so that it is told from the others.
     */
    private static List<String> listOf(List<Integer> blocks, int newIn) {
        List<String> list = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String prefix = String.valueOf((char) ('a' + b));
            List<String> block = new ArrayList<>(block(prefix, blocks.get(b)));
            if (b == newIn) {
                block.set(0, prefix + "new");
            }
            list.addAll(block);
        }
        return list;
    }
}
