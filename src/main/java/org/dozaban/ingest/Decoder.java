package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.text.StrictUtf8;

import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Turns seed bytes into text: strict UTF-8 ({@link StrictUtf8}, a leading BOM dropped), line ends unified
 * to {@code \n}, NFC. Undecodable bytes are an error naming the file and the byte offset, never replaced
 * silently.
 */
public final class Decoder {

    private Decoder() {
    }

    /** Decodes {@code bytes} read from {@code file}. */
    public static String decode(byte[] bytes, Path file) throws ContentException {
        StrictUtf8 decoded = StrictUtf8.decode(bytes);
        if (!decoded.valid()) {
            throw new ContentException(new Problem(file, decoded.line(), decoded.column(),
                    "not valid UTF-8 at byte offset " + decoded.badOffset() + " (" + decoded.badBytes(bytes) + ")",
                    "save the file as UTF-8"));
        }
        String unified = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC);
    }
}
