package org.dozaban.html;

import org.jsoup.nodes.Element;

/**
 * Every image gets its intrinsic {@code width} and {@code height}, so the page does not move as it
 * loads, and {@code decoding="async"}; all but the first load lazily, the first eagerly since it is
 * likely in view.
 */
final class Images {

    private Images() {
    }

    static void apply(Element body, ImageSizes sizes) {
        boolean first = true;
        for (Element img : body.select("img")) {
            sizes.of(img.attr("src")).ifPresent(size -> img
                    .attr("width", Integer.toString(size.width()))
                    .attr("height", Integer.toString(size.height())));
            img.attr("loading", first ? "eager" : "lazy").attr("decoding", "async");
            first = false;
        }
    }
}
