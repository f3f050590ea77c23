package org.dozaban.render;

import java.util.List;

/**
 * The 404 page: the same notice in every site language, the page's language first.
 *
 * @param notices one per language
 */
public record NotFoundView(List<Notice> notices) {

    public NotFoundView {
        notices = List.copyOf(notices);
    }

    /**
     * The notice in one language.
     *
     * @param lang  language of the notice
     * @param dir   direction of {@code lang}
     * @param title heading
     * @param text  explanation
     * @param home  link to the home page in {@code lang}
     */
    public record Notice(String lang, String dir, String title, String text, Link home) {
    }
}
