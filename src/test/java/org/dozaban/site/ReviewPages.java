package org.dozaban.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the pages worth a screenshot by following links, as a reader would: from each language's
 * home page, its first article and its first topic.
 */
final class ReviewPages {

    private static final List<String> LANGUAGES = List.of("fa", "en");

    private ReviewPages() {
    }

    /**
     * Screenshot names ("fa-home", "fa-article", "fa-topic", then the same for "en") to pages of the
     * site; a page the site lacks is left out.
     */
    static Map<String, String> pick(BuiltSite site) {
        Map<String, String> picked = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            String home = lang + "/index.html";
            if (!Files.isRegularFile(site.file(home))) {
                continue;
            }
            picked.put(lang + "-home", home);
            Pattern article = Pattern.compile(lang + "/(\\d{4}/\\d{2}|undated)/[^/]+/index\\.html");
            Pattern topic = Pattern.compile(lang + "/topics/[^/]+/index\\.html");
            firstLink(site, home, article).ifPresent(page -> picked.put(lang + "-article", page));
            firstLink(site, home, topic)
                    .or(() -> firstLink(site, lang + "/topics/index.html", topic))
                    .ifPresent(page -> picked.put(lang + "-topic", page));
        }
        return picked;
    }

    /** The first link on {@code from} to a page of the site whose path matches {@code target}. */
    static Optional<String> firstLink(BuiltSite site, String from, Pattern target) {
        Path file = site.file(from);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            for (Element link : Jsoup.parse(file.toFile()).select("a[href]")) {
                Optional<String> page = resolve(site, from, link.attr("href"));
                if (page.isPresent() && target.matcher(page.get()).matches()) {
                    return page;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site page a relative link leads to, folder links meaning their index.html. */
    private static Optional<String> resolve(BuiltSite site, String from, String href) {
        URI uri;
        try {
            uri = URI.create("file:///" + from).resolve(href.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"file".equals(uri.getScheme()) || uri.getPath() == null) {
            return Optional.empty();
        }
        String path = uri.getPath().substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        return Files.isRegularFile(site.file(path)) ? Optional.of(path) : Optional.empty();
    }
}
