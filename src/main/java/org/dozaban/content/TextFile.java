package org.dozaban.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads content files as strict UTF-8, reporting the place of the first byte that is not. */
final class TextFile {

    private TextFile() {
    }

    /**
     * The file's text with a leading byte order mark dropped and line ends ({@code \r\n}, {@code \r})
     * as {@code \n}, or empty
     * after reporting where the file stops being UTF-8.
     *
     * @throws IOException when the file cannot be read at all
     */
    static Optional<String> read(Path file, Problems problems) throws IOException {
        return decode(file, Files.readAllBytes(file), problems);
    }

    /** {@link #read}, of bytes already read from {@code file}. */
    static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never needs more chars than bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            problems.add(file, place(bytes, offset),
                    String.format("not valid UTF-8: unexpected byte 0x%02X", bytes[offset] & 0xFF),
                    "save the file as UTF-8; it may have been saved in another encoding such as Windows-1256");
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Windows line ends, and the lone carriage returns of old Mac files
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Line and column (in characters) of a byte offset; everything before it is valid UTF-8. */
    private static Place place(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new Place(line, before.codePointCount(0, before.length()) + 1);
    }
}
