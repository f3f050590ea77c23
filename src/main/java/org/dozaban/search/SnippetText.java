package org.dozaban.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;

/**
 * The file holding one document's text for result snippets, {@code search/text/<n>.js}. The search
 * script loads it only for the results it shows, and takes the snippet from where the query's words
 * occur.
 *
 * <p>The text is stored compressed, as raw DEFLATE in Base64, which the browser inflates with its own
 * {@code DecompressionStream}: an article's text then costs the index and a result's download about a
 * third of its UTF-8 bytes (Persian letters take two bytes each, and words repeat). A text longer than
 * {@link #MAX_LENGTH} code points is cut at a space before that length, so one result costs a bounded
 * download; a match past the cut is still found, and shown with the text's opening.
 */
public final class SnippetText {

    /** Code points of a document's text kept for snippets. */
    public static final int MAX_LENGTH = 16_000;

    private SnippetText() {
    }

    /** Site-relative path of the text file of document {@code number}. */
    public static String path(int number) {
        return SearchFiles.FOLDER + "text/" + number + ".js";
    }

    /** The content of the text file of document {@code number}, from its {@link #encoded} text. */
    public static String file(int number, String encodedText) {
        return SearchFiles.call("text", number + "," + Json.quote(encodedText));
    }

    /** {@code text} as its file holds it: {@link #kept}, then compressed and in Base64. */
    public static String encoded(String text) {
        return encode(kept(text));
    }

    /** {@code text} as UTF-8, compressed as raw DEFLATE at the best compression, in Base64. */
    static String encode(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** {@code text} stripped, and cut at the last space before {@link #MAX_LENGTH} when longer. */
    static String kept(String text) {
        String plain = text.strip();
        if (plain.codePointCount(0, plain.length()) <= MAX_LENGTH) {
            return plain;
        }
        int limit = plain.offsetByCodePoints(0, MAX_LENGTH);
        int space = plain.lastIndexOf(' ', limit);
        return plain.substring(0, space > 0 ? space : limit).strip();
    }
}
