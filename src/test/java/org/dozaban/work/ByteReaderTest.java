package org.dozaban.work;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ByteReaderTest {

    @Test
    void readsWhatADataOutputStreamWrote() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(-2);
        out.writeInt(0x7f_01_80_ff);
        // a term with a zero-width non-joiner, and one outside the Basic Multilingual Plane
        for (String text : new String[]{"کتاب\u200Cها", "\uD83D\uDCD6", ""}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        out.write("QUJD".getBytes(StandardCharsets.US_ASCII));
        ByteReader in = new ByteReader(buffer.toByteArray());
        assertEquals(-2, in.readInt());
        assertEquals(0x7f_01_80_ff, in.readInt());
        assertEquals("کتاب\u200Cها", in.readString());
        assertEquals("\uD83D\uDCD6", in.readString());
        assertEquals("", in.readString());
        assertEquals(4, in.remaining());
        in.skip(1);
        assertEquals("UJD", in.readAscii(3));
        assertEquals(0, in.remaining());
        assertThrows(IndexOutOfBoundsException.class, in::readInt);
    }

    @Test
    void readsLongsBooleansAndMissingStringsAsADataOutputStreamWroteThem() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeLong(Long.MIN_VALUE);
        out.writeLong(0x0123_4567_89ab_cdefL);
        out.writeLong(-1);
        out.writeBoolean(true);
        out.writeBoolean(false);
        out.writeInt(-1);
        out.writeInt(2);
        out.write("ab".getBytes(StandardCharsets.UTF_8));
        ByteReader in = new ByteReader(buffer.toByteArray());
        assertEquals(Long.MIN_VALUE, in.readLong());
        assertEquals(0x0123_4567_89ab_cdefL, in.readLong());
        assertEquals(-1, in.readLong());
        assertTrue(in.readBoolean());
        assertFalse(in.readBoolean());
        assertNull(in.readNullableString());
        assertEquals("ab", in.readNullableString());
        assertEquals(0, in.remaining());
        assertThrows(IndexOutOfBoundsException.class, in::readBoolean);
    }

    @Test
    void aLengthPastTheEndOrBelowZeroThrows() {
        // a length of 5 with 4 bytes after it
        ByteReader shortText = new ByteReader(new byte[]{0, 0, 0, 5, 'a', 'b', 'c', 'd'});
        assertThrows(IndexOutOfBoundsException.class, shortText::readString);
        ByteReader negative = new ByteReader(new byte[]{(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe, 'a'});
        assertThrows(IndexOutOfBoundsException.class, negative::readString);
        assertThrows(IndexOutOfBoundsException.class, () -> new ByteReader(new byte[3]).readInt());
    }
}
