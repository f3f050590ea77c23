package org.dozaban.render;

import java.util.List;

/**
 * How a newest-first list is split into pages. Its first page shows the newest {@code size} entries, and
 * the older ones go on archive pages numbered from the oldest: archive page 1 holds the oldest
 * {@code size}, page 2 the next, and so on up to the newest, which may be shorter.
 *
 * <p>A list may be made of blocks, each newest first: a topic's articles in the page's language, then
 * those of each other language. The first page takes the list's first {@code size} entries, whichever
 * blocks they are in; the rest of each block has archive pages of its own, the last block's numbered
 * first. An archive page so holds one block's entries, and the newest page of a block may be shorter.
 *
 * <p>Counting from the oldest keeps an archive page's address and entries the same while new entries
 * arrive: a new entry at the top of any block changes the first page and one archive page (the newest of
 * its block, or of the block whose entry it pushes off the first page), and an archive page once full
 * never changes again, until a block needs a new page and the pages of the blocks before it move up.
 */
final class Paging {

    private final int size;
    /** Per block: where its entries end in the list, and where those after the first page begin. */
    private final int[] ends;
    private final int[] restStarts;
    /** Per block: the number of its oldest archive page less one, and how many it has. */
    private final int[] bases;
    private final int[] pages;
    private final int total;

    /** A list of one block of {@code entries}, {@code size} a page (at least 1). */
    Paging(int entries, int size) {
        this(new int[] {entries}, size);
    }

    /** A list of blocks of {@code blocks} entries each, in list order, {@code size} a page (at least 1). */
    Paging(List<Integer> blocks, int size) {
        this(blocks.stream().mapToInt(Integer::intValue).toArray(), size);
    }

    private Paging(int[] blocks, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one entry: " + size);
        }
        this.size = size;
        int count = blocks.length;
        ends = new int[count];
        restStarts = new int[count];
        bases = new int[count];
        pages = new int[count];
        int end = 0;
        for (int b = 0; b < count; b++) {
            if (blocks[b] < 0) {
                throw new IllegalArgumentException("a block of " + blocks[b] + " entries");
            }
            int start = end;
            end += blocks[b];
            ends[b] = end;
            restStarts[b] = Math.min(end, Math.max(start, size));
            int rest = end - restStarts[b];
            pages[b] = (rest + size - 1) / size;
        }
        int numbered = 0;
        for (int b = count - 1; b >= 0; b--) {
            bases[b] = numbered;
            numbered += pages[b];
        }
        total = numbered;
    }

    /** The number of archive pages: none when the first page holds everything. */
    int archivePages() {
        return total;
    }

    /** The entries of the first page. */
    <T> List<T> first(List<T> list) {
        checkLength(list);
        return list.subList(0, Math.min(size, list.size()));
    }

    /** The entries of archive page {@code number} (1 = the oldest), newest first. */
    <T> List<T> archive(List<T> list, int number) {
        checkLength(list);
        for (int b = 0; b < ends.length; b++) {
            if (number > bases[b] && number <= bases[b] + pages[b]) {
                int to = ends[b] - (number - bases[b] - 1) * size;
                return list.subList(Math.max(restStarts[b], to - size), to);
            }
        }
        throw new IndexOutOfBoundsException("no archive page " + number + " of " + total);
    }

    /** The entries of a page: 0 for the first page, else an archive page number. */
    <T> List<T> page(List<T> list, int page) {
        return page == 0 ? first(list) : archive(list, page);
    }

    private void checkLength(List<?> list) {
        int length = ends.length == 0 ? 0 : ends[ends.length - 1];
        if (list.size() != length) {
            throw new IllegalArgumentException("a list of " + list.size() + " entries paged as " + length);
        }
    }
}
