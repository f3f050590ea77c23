package org.dozaban.render;

import java.util.List;

/**
 * How a newest-first list is split into pages: its first page shows the newest {@code size} entries, and
 * the older ones go on archive pages numbered from the oldest: archive page 1 holds the oldest
 * {@code size}, page 2 the next, and so on up to the newest, which may be shorter.
 *
 * <p>Counting from the oldest keeps an archive page's address and entries the same while new entries
 * arrive: a new article changes the first page and the newest archive page only, and an archive page once
 * full never changes again.
 *
 * @param entries number of entries in the list
 * @param size    entries per page, at least 1
 */
record Paging(int entries, int size) {

    /** The number of archive pages: none when the first page holds everything. */
    int archivePages() {
        int rest = entries - size;
        return rest <= 0 ? 0 : (rest + size - 1) / size;
    }

    /** The entries of the first page. */
    <T> List<T> first(List<T> list) {
        return list.subList(0, Math.min(size, list.size()));
    }

    /** The entries of archive page {@code number} (1 = the oldest), newest first. */
    <T> List<T> archive(List<T> list, int number) {
        int rest = list.size() - size;
        int to = rest - (number - 1) * size;
        int from = Math.max(0, to - size);
        return list.subList(size + from, size + to);
    }

    /** The entries of a page: 0 for the first page, else an archive page number. */
    <T> List<T> page(List<T> list, int page) {
        return page == 0 ? first(list) : archive(list, page);
    }
}
