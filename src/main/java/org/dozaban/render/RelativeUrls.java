package org.dozaban.render;

/**
 * Links between pages of the site as relative URLs, so the site works from {@code file://} and from
 * any sub-path. Folders are linked through their {@code index.html}, since {@code file://} shows no
 * directory index.
 */
public final class RelativeUrls {

    private RelativeUrls() {
    }

    /**
     * The relative URL from the page written at {@code fromFile} to {@code target}.
     *
     * @param fromFile site-relative path of the linking page's file, e.g. {@code en/2014/06/x/index.html}
     * @param target   site-relative path: a folder ending in '/' (or empty for the root) or a file
     */
    public static String between(String fromFile, String target) {
        return "../".repeat(depth(fromFile)) + fileOf(target);
    }

    /** The file served for a site-relative path: folders resolve to their {@code index.html}. */
    public static String fileOf(String target) {
        if (target.isEmpty() || target.endsWith("/")) {
            return target + "index.html";
        }
        return target;
    }

    private static int depth(String file) {
        int depth = 0;
        for (int i = 0; i < file.length(); i++) {
            if (file.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }
}
