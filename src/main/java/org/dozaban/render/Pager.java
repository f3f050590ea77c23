package org.dozaban.render;

import org.dozaban.text.Scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Position within a paginated list, with links to a window of pages around the current one, so that
 * a list of any length has a pager of a bounded size: first, previous, nearby pages, next, last.
 *
 * @param current  1-based number of this page
 * @param total    number of pages
 * @param first    link to the first page, or null when it is in the window
 * @param previous link to the previous page, or null on the first
 * @param next     link to the next page, or null on the last
 * @param last     link to the last page, or null when it is in the window
 * @param pages    the pages of the window around the current one, in order
 */
public record Pager(int current, int total, PageNumber first, Link previous, Link next, PageNumber last,
                   List<PageNumber> pages) {

    /** Pages shown on each side of the current page. */
    static final int REACH = 2;

    public Pager {
        pages = List.copyOf(pages);
    }

    /**
     * A page of the list, labelled with its number in the page's digits.
     *
     * @param number  1-based page number
     * @param label   the number as shown
     * @param path    site-relative folder of the page
     * @param current whether it is the page being shown
     */
    public record PageNumber(int number, String label, String path, boolean current) {
    }

    /** Whether pages are left out between the first page and the window. */
    public boolean gapBeforeWindow() {
        return !pages.isEmpty() && pages.get(0).number() > 2;
    }

    /** Whether pages are left out between the window and the last page. */
    public boolean gapAfterWindow() {
        return !pages.isEmpty() && pages.get(pages.size() - 1).number() < total - 1;
    }

    /**
     * The pager of page {@code current} of {@code total}.
     *
     * @param pathOf site-relative folder of a page by its number
     */
    static Pager of(int current, int total, IntFunction<String> pathOf, UiStrings ui) {
        String lang = ui.lang();
        IntFunction<PageNumber> number = n -> new PageNumber(n, ui.format("number", n), pathOf.apply(n), n == current);
        int from = Math.max(1, current - REACH);
        int to = Math.min(total, current + REACH);
        List<PageNumber> window = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            window.add(number.apply(n));
        }
        String dir = Scripts.direction(lang);
        return new Pager(current, total,
                from > 1 ? number.apply(1) : null,
                current > 1 ? new Link(ui.get("previousPage"), lang, dir, pathOf.apply(current - 1)) : null,
                current < total ? new Link(ui.get("nextPage"), lang, dir, pathOf.apply(current + 1)) : null,
                to < total ? number.apply(total) : null,
                window);
    }
}
