package org.dozaban.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding, the one decoder of files the project reads: a leading byte order mark dropped,
 * nothing replaced. When the bytes are not UTF-8 the result says where: the byte offset from the start of
 * the file, the line (a line ends at {@code \n}, {@code \r\n} or a lone {@code \r}) and the column in
 * characters.
 *
 * @param text       the decoded text, or null when the bytes are not UTF-8
 * @param badOffset  offset of the first bad byte, or -1
 * @param badLength  how many bytes are bad there (at least 1), or 0
 * @param line       1-based line of the first bad byte, or 0
 * @param column     1-based column of the first bad byte, or 0
 */
public record StrictUtf8(String text, int badOffset, int badLength, int line, int column) {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char REPLACEMENT = '\uFFFD';

    /** Decodes {@code bytes}. */
    public static StrictUtf8 decode(byte[] bytes) {
        int start = hasBom(bytes) ? BOM.length : 0;
        // the JDK's own decoding, which replaces what is not UTF-8 with U+FFFD: without one, nothing was
        // replaced; with one, the bytes are decoded again to find the bad ones, or the U+FFFD written
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return text.indexOf(REPLACEMENT) < 0 ? new StrictUtf8(text, -1, 0, 0, 0) : decodeReporting(bytes);
    }

    /** {@link #decode}, by a decoder that stops at the first bytes that are not UTF-8. */
    static StrictUtf8 decodeReporting(byte[] bytes) {
        int start = hasBom(bytes) ? BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never needs more chars than bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int lineStart = lineStart(bytes, offset);
            String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
            return new StrictUtf8(null, offset, Math.max(1, result.length()), lineOf(bytes, offset),
                    before.codePointCount(0, before.length()) + 1);
        }
        return new StrictUtf8(out.flip().toString(), -1, 0, 0, 0);
    }

    /** Whether the bytes were UTF-8. */
    public boolean valid() {
        return text != null;
    }

    /** The bad bytes in hexadecimal ("0xC3 0x28"), for messages. */
    public String badBytes(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (int i = badOffset; i < Math.min(bytes.length, badOffset + badLength); i++) {
            if (hex.length() > 0) {
                hex.append(' ');
            }
            hex.append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return hex.toString();
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
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
}
