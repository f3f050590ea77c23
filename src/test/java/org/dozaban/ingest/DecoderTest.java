package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecoderTest {

    private static final Path FILE = Path.of("seeds", "x.txt");

    private static String decode(byte[] bytes) throws ContentException {
        return Decoder.decode(bytes, FILE);
    }

    @Test
    void dropsByteOrderMark() throws ContentException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'};
        assertEquals("ab", decode(bytes));
    }

    @Test
    void unifiesCrLfAndCrToLf() throws ContentException {
        assertEquals("a\nb\nc\n\nd", decode("a\r\nb\rc\r\n\rd".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void normalizesToNfc() throws ContentException {
        assertEquals("\u00e9", decode("e\u0301".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsZeroWidthNonJoiner() throws ContentException {
        assertEquals("می\u200cخواهم", decode("می\u200cخواهم".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reportsFileLineColumnAndByteOffsetOfBadBytes() {
        byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xC3, '(', 'd'};
        ContentException e = assertThrows(ContentException.class, () -> decode(bytes));
        Problem problem = e.problems().get(0);
        assertEquals(FILE, problem.file());
        assertEquals(2, problem.line());
        assertEquals(3, problem.column());
        assertEquals("not valid UTF-8 at byte offset 4 (0xC3)", problem.message());
    }

    @Test
    void countsOffsetFromFileStartWhenThereIsABom() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
        ContentException e = assertThrows(ContentException.class, () -> decode(bytes));
        assertEquals("not valid UTF-8 at byte offset 4 (0xFF)", e.problems().get(0).message());
    }
}
