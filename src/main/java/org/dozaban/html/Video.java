package org.dozaban.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video on one of the sites embeds are allowed from: YouTube, Vimeo and Aparat.
 *
 * @param provider the site's name, as shown to readers
 * @param page     the video's own page, which the placeholder links to
 * @param player   the player address loaded in a frame once the reader asks for it
 */
public record Video(String provider, String page, String player) {

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern YOUTU_BE_PATH = Pattern.compile("/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?([0-9]{1,12})/?");
    private static final Pattern APARAT_PATH = Pattern.compile("/v/([A-Za-z0-9]{1,32})/?");
    private static final Pattern V_PARAMETER = Pattern.compile("(?:^|&)v=([A-Za-z0-9_-]{11})(?:&|$)");

    /** The video at {@code url}, when it is one from an allowed site. */
    public static Optional<Video> of(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        return switch (host) {
            case "youtube.com", "youtube-nocookie.com" -> youtubeId(uri, path).map(Video::youtube);
            case "youtu.be" -> group(YOUTU_BE_PATH, path).map(Video::youtube);
            case "vimeo.com", "player.vimeo.com" -> group(VIMEO_PATH, path).map(id -> new Video("Vimeo",
                    "https://vimeo.com/" + id, "https://player.vimeo.com/video/" + id + "?autoplay=1&dnt=1"));
            case "aparat.com" -> group(APARAT_PATH, path).map(id -> new Video("Aparat",
                    "https://www.aparat.com/v/" + id,
                    "https://www.aparat.com/video/video/embed/videohash/" + id + "/vt/frame"));
            default -> Optional.empty();
        };
    }

    private static Optional<String> youtubeId(URI uri, String path) {
        if (path.equals("/watch") && uri.getRawQuery() != null) {
            return group(V_PARAMETER, uri.getRawQuery()).filter(id -> YOUTUBE_ID.matcher(id).matches());
        }
        return group(YOUTUBE_PATH, path);
    }

    private static Video youtube(String id) {
        return new Video("YouTube", "https://www.youtube.com/watch?v=" + id,
                "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1");
    }

    private static Optional<String> group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return (pattern == V_PARAMETER ? m.find() : m.matches()) ? Optional.of(m.group(1)) : Optional.empty();
    }
}
