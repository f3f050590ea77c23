package org.dozaban.html;

/** The text of a video placeholder, in the language of the page, from the video's title and site. */
@FunctionalInterface
public interface VideoLabel {

    /** English, for bodies rendered without interface strings. */
    VideoLabel ENGLISH = (title, provider) -> "Play video: " + title + " (" + provider + ")";

    String label(String title, String provider);
}
