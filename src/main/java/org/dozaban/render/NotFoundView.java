package org.dozaban.render;

import java.util.List;

/**
 * The 404 page.
 *
 * @param homes the home page of every language, labelled in its own language
 */
public record NotFoundView(List<Link> homes) {

    public NotFoundView {
        homes = List.copyOf(homes);
    }
}
