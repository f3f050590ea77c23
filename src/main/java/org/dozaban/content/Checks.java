package org.dozaban.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Shapes of values shared by several content files. */
final class Checks {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Characters no site path may hold: query and fragment marks, colons, backslashes and white space. */
    private static final Pattern NOT_IN_PATHS = Pattern.compile("[?#:\\\\\\s]");

    private Checks() {
    }

    /** An ASCII URL segment: lower-case letters and digits in words joined by single hyphens. */
    static boolean isSlug(String value) {
        return SLUG.matcher(value).matches();
    }

    /**
     * A folder below the site root as written in {@code aliases}, with or without a leading '/', a
     * trailing '/' or a trailing {@code index.html}: normalized to {@code a/b/}; null when it is not one
     * (a scheme, host, query, fragment, backslash, space, empty or {@code .}/{@code ..} segment).
     */
    static String sitePath(String value) {
        String path = value.strip();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.endsWith("index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty() || NOT_IN_PATHS.matcher(path).find()) {
            return null;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        return path + "/";
    }

    /**
     * Whether {@code value} is a site path exactly as {@link #sitePath} gives it back, so that {@code
     * sitePath(value)} equals it: the same test, without making a copy.
     */
    static boolean isSitePath(String value) {
        int n = value.length();
        if (n < 2 || value.charAt(n - 1) != '/' || value.charAt(0) == '/'
                || Character.isWhitespace(value.codePointAt(0))) {
            return false;
        }
        int segment = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            // the characters of NOT_IN_PATHS: \s is ASCII white space only
            if (c == '?' || c == '#' || c == ':' || c == '\\' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B
                    || c == '\f' || c == '\r') {
                return false;
            }
            if (c == '/') {
                int length = i - segment;
                if (length == 0 || value.charAt(segment) == '.' && (length == 1
                        || length == 2 && value.charAt(segment + 1) == '.')) {
                    return false;
                }
                segment = i + 1;
            }
        }
        return true;
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
