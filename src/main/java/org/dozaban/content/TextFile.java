package org.dozaban.content;

import org.dozaban.text.StrictUtf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads content files as strict UTF-8 ({@link StrictUtf8}), reporting the place of the first byte that is not. */
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
        StrictUtf8 decoded = StrictUtf8.decode(bytes);
        if (!decoded.valid()) {
            problems.add(file, new Place(decoded.line(), decoded.column()),
                    String.format("not valid UTF-8: unexpected byte 0x%02X", bytes[decoded.badOffset()] & 0xFF),
                    "save the file as UTF-8; it may have been saved in another encoding such as Windows-1256");
            return Optional.empty();
        }
        // Windows line ends, and the lone carriage returns of old Mac files
        return Optional.of(decoded.text().replace("\r\n", "\n").replace('\r', '\n'));
    }
}
