package org.dozaban.render;

import java.util.List;

/**
 * Position within a paginated list.
 *
 * @param current  1-based number of this page
 * @param total    number of pages
 * @param previous link to the previous page, or null on the first
 * @param next     link to the next page, or null on the last
 * @param pages    a link per page, labelled with its number in the page's digits
 */
public record Pager(int current, int total, Link previous, Link next, List<Link> pages) {

    public Pager {
        pages = List.copyOf(pages);
    }
}
