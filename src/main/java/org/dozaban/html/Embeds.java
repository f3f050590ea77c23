package org.dozaban.html;

import org.jsoup.nodes.Element;

import java.util.Optional;

/**
 * Images whose address is a video on an allowed site become click-to-load placeholders: a link to
 * the video's page that {@code assets/embed.js} replaces with the player when clicked. Nothing is
 * loaded from the video site before that, and without scripts the link still leads to the video.
 */
final class Embeds {

    private Embeds() {
    }

    static void apply(Element body, VideoLabel label) {
        for (Element img : body.select("img[src]")) {
            Optional<Video> video = Video.of(img.attr("src"));
            video.ifPresent(v -> Figures.place(img, placeholder(v, img, label)));
        }
    }

    private static Element placeholder(Video video, Element img, VideoLabel label) {
        String title = img.attr("alt").strip();
        Element figure = new Element("figure").addClass("embed")
                .attr("data-embed", video.player()).attr("data-embed-title", title);
        Element link = figure.appendElement("a").addClass("embed__link").attr("href", video.page());
        link.appendElement("span").addClass("embed__play").attr("aria-hidden", "true");
        link.appendElement("span").addClass("embed__label").text(label.label(title, video.provider()));
        if (!img.attr("title").isBlank()) {
            figure.appendElement("figcaption").text(img.attr("title").strip());
        }
        return figure;
    }
}
