package org.dozaban.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Shapes of values shared by several content files. */
final class Checks {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Checks() {
    }

    /** An ASCII URL segment: lower-case letters and digits in words joined by single hyphens. */
    static boolean isSlug(String value) {
        return SLUG.matcher(value).matches();
    }

    /** A URL without a query or fragment, so that paths can be appended to it. */
    static boolean isFolderUrl(String value) {
        return value.indexOf('?') < 0 && value.indexOf('#') < 0;
    }

    /** An absolute {@code http} or {@code https} URL with a host. */
    static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
