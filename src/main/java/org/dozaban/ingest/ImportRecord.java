package org.dozaban.ingest;

import org.dozaban.text.Hashes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the importer wrote, recorded in the file itself: the front matter key {@code importHash:
 * sha256:<16 hex digits>}, the start of the SHA-256 of the file's bytes without that line. A file whose
 * bytes still give its recorded hash is exactly as imported; any edit (or a file without the key) does not.
 */
public final class ImportRecord {

    /** The front matter key. */
    public static final String KEY = "importHash";
    private static final Pattern LINE = Pattern.compile("(?m)^" + KEY + ": sha256:([0-9a-f]{16})\\n");
    private static final int HEX_DIGITS = 16;

    private ImportRecord() {
    }

    /** {@code text} (a content file starting with front matter) with its hash as the last front matter key. */
    public static String stamp(String text) {
        int end = text.indexOf("\n---\n", 3);
        if (!text.startsWith("---\n") || end < 0) {
            throw new IllegalArgumentException("not a content file with front matter");
        }
        return text.substring(0, end + 1) + KEY + ": sha256:" + hash(text) + "\n" + text.substring(end + 1);
    }

    /** Whether {@code text} carries an import hash that its bytes still match; empty when it carries none. */
    public static Optional<Boolean> unchanged(String text) {
        Matcher m = LINE.matcher(frontMatter(text));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).equals(hash(withoutStamp(text))));
    }

    /** {@code text} without its import hash line. */
    public static String withoutStamp(String text) {
        String front = frontMatter(text);
        return LINE.matcher(front).replaceFirst("") + text.substring(front.length());
    }

    private static String frontMatter(String text) {
        int end = text.indexOf("\n---\n", 3);
        return text.startsWith("---\n") && end >= 0 ? text.substring(0, end + 1) : "";
    }

    private static String hash(String text) {
        return Hashes.sha256(text).substring(0, HEX_DIGITS);
    }
}
