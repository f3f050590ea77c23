package org.dozaban.render;

import org.dozaban.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Position within a paginated list (see {@link Paging}), read from the newest page to the oldest: the
 * first page, then archive pages from the highest number down to 1. Links go to a window of pages around
 * the current one, so a list of any length has a pager of a bounded size: newer, the newest page, nearby
 * pages, the oldest page, older.
 *
 * @param current  the page shown: 0 for the first page, else its archive number
 * @param shown    whether the list has archive pages, so that a pager is shown at all
 * @param first    link to the first (newest) page, or null when it is in the window
 * @param previous link to the next newer page, or null on the first page
 * @param next     link to the next older page, or null on the oldest
 * @param last     link to the oldest page, or null when it is in the window
 * @param pages    the pages of the window, newest first
 * @param gapBefore whether pages are left out between {@code first} and the window
 * @param gapAfter  whether pages are left out between the window and {@code last}
 */
public record Pager(int current, boolean shown, PageNumber first, Link previous, Link next, PageNumber last,
                   List<PageNumber> pages, boolean gapBefore, boolean gapAfter) {

    /** Pages shown on each side of the current page. */
    static final int REACH = 2;

    public Pager {
        pages = List.copyOf(pages);
    }

    /**
     * A page of the list.
     *
     * @param number  0 for the first page, else its archive number
     * @param label   how the pager names it: the first page by a word, the others by their number in the
     *                page's digits
     * @param path    site-relative folder of the page
     * @param current whether it is the page being shown
     */
    public record PageNumber(int number, String label, String path, boolean current) {
    }

    /**
     * What of a list's length the pager of page {@code current} depends on: the pager of the first page
     * names the newest archive pages, so it depends on the whole length; the pager of an archive page
     * depends on how far the page is from the newest one, up to the distance at which the first page
     * leaves its window and a gap opens between them. Archive pages count from the oldest, so the pager
     * of a page further from the newest is the same for a list of any length: a page whose other inputs
     * are unchanged need not be made again when the list grows.
     *
     * @param total the number of archive pages
     */
    static int lengthSeen(int current, int total) {
        return current == 0 ? total : Math.min(total - current, REACH + 1);
    }

    /**
     * The pager of page {@code current} (0 for the first) of a list with {@code total} archive pages.
     *
     * @param pathOf site-relative folder of a page by its number, 0 for the first page
     */
    static Pager of(int current, int total, IntFunction<String> pathOf, UiStrings ui) {
        String lang = ui.lang();
        String dir = Language.direction(lang);
        // reading order: position 0 is the first page, position p > 0 is archive page total - p + 1
        IntFunction<Integer> numberAt = position -> position == 0 ? 0 : total - position + 1;
        IntFunction<PageNumber> at = position -> {
            int number = numberAt.apply(position);
            String label = number == 0 ? ui.get("newest") : ui.format("number", number);
            return new PageNumber(number, label, pathOf.apply(number), number == current);
        };
        int here = current == 0 ? 0 : total - current + 1;
        int from = Math.max(0, here - REACH);
        int to = Math.min(total, here + REACH);
        List<PageNumber> window = new ArrayList<>();
        for (int position = from; position <= to; position++) {
            window.add(at.apply(position));
        }
        return new Pager(current, total > 0,
                from > 0 ? at.apply(0) : null,
                here > 0 ? new Link(ui.get("previousPage"), lang, dir, pathOf.apply(numberAt.apply(here - 1))) : null,
                here < total ? new Link(ui.get("nextPage"), lang, dir, pathOf.apply(numberAt.apply(here + 1))) : null,
                to < total ? at.apply(total) : null,
                window, from > 1, to < total - 1);
    }
}
