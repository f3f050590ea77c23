package org.dozaban.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Web addresses found in text, and their hosts. */
final class Links {

    private static final Pattern URL = Pattern.compile(
            "https?://[^\\s<>()\\[\\]\"”]+|(?<![@\\w./])(?:www\\.)?[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}"
                    + "(?:/[^\\s<>()\\[\\]\"”]*)?(?![\\w@])",
            Pattern.CASE_INSENSITIVE);

    private Links() {
    }

    /** The distinct web addresses in {@code text}, in order; e-mail addresses left out, "http://" added if missing. */
    static List<String> urls(String text) {
        List<String> urls = new ArrayList<>();
        Matcher m = URL.matcher(text.replaceAll("mailto:\\S+|[\\w.+-]+@[\\w.-]+", " "));
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:]+$", "");
            urls.add(url.matches("(?i)https?://.*") ? url : "http://" + url);
        }
        return urls.stream().distinct().toList();
    }

    /** The host without "www.", lower case; empty for an address that is not a URL. */
    static Optional<String> host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? Optional.empty()
                    : Optional.of(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The host of {@code url} as a publisher's name: empty for the host of a shared platform (a messaging
     * service, a social network, a video site; vocabulary "platforms"), whose addresses name a channel or an
     * account on it, not who published the article.
     */
    static Optional<String> publisherHost(String url) {
        return host(url).filter(host -> !isPlatform(host));
    }

    /** Whether {@code host} or a domain it belongs to ("m.facebook.com" to "facebook.com") is a platform's. */
    private static boolean isPlatform(String host) {
        for (String domain = host; domain.contains("."); domain = domain.substring(domain.indexOf('.') + 1)) {
            if (Vocabulary.of("platforms").isWhole(domain)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the URL points into a site (has a path) rather than at its home page. */
    static boolean hasPath(String url) {
        try {
            String path = new URI(url).getPath();
            return path != null && path.length() > 1;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
