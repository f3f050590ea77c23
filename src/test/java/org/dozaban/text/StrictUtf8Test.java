package org.dozaban.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Bytes decode only when they are UTF-8, and otherwise the result says where they are not. */
class StrictUtf8Test {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void utf8DecodesWithoutItsByteOrderMark() {
        assertEquals("کتاب ۱۲ book", StrictUtf8.decode("کتاب ۱۲ book".getBytes(StandardCharsets.UTF_8)).text());
        assertEquals("x", StrictUtf8.decode(bytes(0xEF, 0xBB, 0xBF, 'x')).text());
        // a replacement character written in the file is text like any other
        assertEquals("a\uFFFDb", StrictUtf8.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8)).text());
        assertEquals("", StrictUtf8.decode(new byte[0]).text());
    }

    @Test
    void badBytesAreFoundByLineAndColumn() {
        // "ab\n" then "ک" (two bytes) then 0xC3 0x28: line 2, column 2
        byte[] bytes = bytes('a', 'b', '\n', 0xDA, 0xA9, 0xC3, 0x28);
        StrictUtf8 decoded = StrictUtf8.decode(bytes);
        assertFalse(decoded.valid());
        assertEquals(5, decoded.badOffset());
        assertEquals(2, decoded.line());
        assertEquals(2, decoded.column());
        assertEquals("0xC3", decoded.badBytes(bytes));
    }

    @Test
    void overlongFormsSurrogatesAndCutSequencesAreNotUtf8() {
        for (byte[] bad : new byte[][] {bytes(0xC0, 0x80), bytes(0xED, 0xA0, 0x80), bytes('a', 0xE2, 0x82),
                bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xFF), bytes(0x80)}) {
            assertFalse(StrictUtf8.decode(bad).valid());
        }
    }

    /** Random bytes, UTF-8 or nearly, decode exactly as the reporting decoder decodes them. */
    @Test
    void randomBytesDecodeAsTheReportingDecoderSays() {
        String[] pieces = {"a", "\n", "\r", "ک", "۱", "😀", "\uFFFD", "é"};
        int[] odd = {0x80, 0xBF, 0xC0, 0xC1, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0};
        for (long seed = 1; seed <= 20000; seed++) {
            Random random = new Random(seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int n = random.nextInt(10); n > 0; n--) {
                if (random.nextInt(4) == 0) {
                    out.write(odd[random.nextInt(odd.length)]);
                } else {
                    out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] bytes = out.toByteArray();
            assertEquals(StrictUtf8.decodeReporting(bytes), StrictUtf8.decode(bytes), "seed " + seed);
        }
    }
}
