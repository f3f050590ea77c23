package org.dozaban.serve;

import org.jsoup.nodes.Attribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The live-reload script, added to each HTML page as the preview serves it. */
final class ReloadScript {

    private static final String SOURCE = load();

    private ReloadScript() {
    }

    /**
     * {@code html} with the script added before its closing body tag (at the end when it has none).
     *
     * @param buildId the build the page comes from; a page reloads when a newer one is announced that
     *                changed its file, or when it missed one
     * @param file    the page's site-relative file, or null for a page that is not a file of the site (the
     *                404 page shown at another address), which reloads after every build
     */
    static String inject(String html, String buildId, String file) {
        String tag = "<script data-build=\"" + buildId + "\""
                + (file == null ? "" : " " + new Attribute("data-file", file).html()) + ">\n" + SOURCE + "</script>\n";
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }

    private static String load() {
        try (InputStream in = ReloadScript.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("live-reload.js is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
