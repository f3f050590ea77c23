package org.dozaban.render;

import java.util.List;

/**
 * What a link preview shows of a page beyond its title and description: Open Graph, the Twitter card
 * and, for articles, Schema.org JSON-LD.
 *
 * @param image            absolute URL of the preview image, or null
 * @param imageAlt         the image's alternative text, or empty
 * @param localeAlternates the Open Graph locales of the page's other language versions ({@code en_US})
 * @param publishedTime    ISO date of publication, or null
 * @param authors          the article's authors, possibly none
 * @param topics           names of the article's topics in the page's language ({@code article:tag})
 * @param jsonLd           the page's JSON-LD, ready to be written in a script element, or null
 */
public record Preview(String image, String imageAlt, List<String> localeAlternates, String publishedTime,
                      List<String> authors, List<String> topics, String jsonLd) {

    /** Nothing beyond the title and description. */
    public static final Preview NONE = new Preview(null, "", List.of(), null, List.of(), List.of(), null);

    public Preview {
        localeAlternates = List.copyOf(localeAlternates);
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        imageAlt = imageAlt == null ? "" : imageAlt;
    }

    /** A large-image Twitter card when there is an image, else the summary card. */
    public String twitterCard() {
        return image == null ? "summary" : "summary_large_image";
    }
}
