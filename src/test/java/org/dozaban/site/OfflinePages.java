package org.dozaban.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the browser loads a page from. Most pages link the site's files relatively and load as
 * they are. A page that must work at any address (404.html) names the site's own files by
 * absolute URL under {@code baseUrl}, which a test cannot reach; such a page is loaded from a
 * copy that points those URLs at the site's folder, as the host would serve them.
 */
final class OfflinePages {

    /** Elements whose URL the browser loads along with the page (not links, canonical or og:url). */
    private static final String FETCHED = "link[rel~=(?i)^(stylesheet|preload|icon|manifest)$], script[src], img[src], source[src]";

    private final Path scratch;

    /** Copies go to {@code scratch}, which must not be inside a site under test. */
    OfflinePages(Path scratch) {
        this.scratch = scratch;
    }

    /** The URL to load {@code page} of {@code site} from. */
    String url(BuiltSite site, String page) throws IOException {
        String html = Files.readString(site.file(page), StandardCharsets.UTF_8);
        Optional<String> base = baseUrl(html, page);
        if (base.isEmpty() || !fetchesFrom(html, base.get())) {
            return site.url(page);
        }
        String folder = site.file(page).toAbsolutePath().getParent().toUri().toString();
        String root = site.root().toAbsolutePath().toUri().toString();
        String local = html.replace("=\"" + base.get(), "=\"" + root)
                .replaceFirst("(?i)<head>", "<head><base href=\"" + folder + "\">");
        Path copy = scratch.resolve(site.name()).resolve(page);
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, local, StandardCharsets.UTF_8);
        return copy.toUri().toString();
    }

    /** Whether the browser would fetch anything (styles, fonts, scripts, images) from under {@code base}. */
    static boolean fetchesFrom(String html, String base) {
        Document doc = Jsoup.parse(html);
        return doc.select(FETCHED).stream()
                .anyMatch(element -> element.attr("href").startsWith(base) || element.attr("src").startsWith(base));
    }

    /** The site's base URL: the page's canonical URL without the page's own path. */
    static Optional<String> baseUrl(String html, String page) {
        Element canonical = Jsoup.parse(html).selectFirst("link[rel=canonical][href]");
        if (canonical == null) {
            return Optional.empty();
        }
        String href = canonical.attr("href");
        String folderForm = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
        for (String tail : new String[] {page, folderForm}) {
            if (href.endsWith(tail) && href.length() > tail.length()) {
                return Optional.of(href.substring(0, href.length() - tail.length()));
            }
        }
        return Optional.empty();
    }
}
