package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Turns seed bytes into text: strict UTF-8 (a leading BOM dropped), line ends unified to {@code \n},
 * NFC. Undecodable bytes are an error naming the file and the byte offset, never replaced silently.
 */
public final class Decoder {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Decoder() {
    }

    /** Decodes {@code bytes} read from {@code file}. */
    public static String decode(byte[] bytes, Path file) throws ContentException {
        int start = hasBom(bytes) ? BOM.length : 0;
        String text = strictUtf8(bytes, start, file);
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static String strictUtf8(byte[] bytes, int start, Path file) throws ContentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int lineStart = lineStart(bytes, offset);
            int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new ContentException(new Problem(file, lineOf(bytes, offset), column,
                    "not valid UTF-8 at byte offset " + offset + " (" + hexAt(bytes, offset, result.length()) + ")",
                    "save the file as UTF-8"));
        }
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static int lineStart(byte[] bytes, int offset) {
        int start = offset;
        while (start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
            start--;
        }
        return start;
    }

    private static String hexAt(byte[] bytes, int offset, int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, length)); i++) {
            if (hex.length() > 0) {
                hex.append(' ');
            }
            hex.append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return hex.toString();
    }
}
