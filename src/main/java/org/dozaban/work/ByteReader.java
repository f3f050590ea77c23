package org.dozaban.work;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads back, in order, what a {@link java.io.DataOutputStream} wrote as big-endian ints and longs, as
 * booleans, and as strings made of an int length and that many UTF-8 bytes. Unlike a
 * {@code DataInputStream} over a {@code ByteArrayInputStream}, which takes a lock for every byte, it reads
 * the array directly: the search index reads millions of terms back from the build cache, and a rebuild
 * every article's metadata. Every read past the end throws {@link IndexOutOfBoundsException}.
 */
public final class ByteReader {

    private final byte[] bytes;
    private int at;

    public ByteReader(byte[] bytes) {
        this.bytes = bytes;
    }

    public int readInt() {
        check(4);
        int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
        at += 4;
        return value;
    }

    public long readLong() {
        long high = readInt();
        return high << 32 | readInt() & 0xffffffffL;
    }

    /** A byte, true unless 0. */
    public boolean readBoolean() {
        check(1);
        return bytes[at++] != 0;
    }

    /** A string of an int length and that many UTF-8 bytes; a negative length throws. */
    public String readString() {
        int length = readInt();
        check(length);
        String value = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return value;
    }

    /** A string as {@link #readString} reads it, or null for the length -1. */
    public String readNullableString() {
        check(4);
        if (bytes[at] == -1 && bytes[at + 1] == -1 && bytes[at + 2] == -1 && bytes[at + 3] == -1) {
            at += 4;
            return null;
        }
        return readString();
    }

    /** An ASCII string of {@code length} bytes. */
    public String readAscii(int length) {
        check(length);
        String value = new String(bytes, at, length, StandardCharsets.US_ASCII);
        at += length;
        return value;
    }

    /** Copies the next {@code length} bytes into {@code into} from {@code offset}. */
    public void readBytes(byte[] into, int offset, int length) {
        check(length);
        System.arraycopy(bytes, at, into, offset, length);
        at += length;
    }

    public void skip(int length) {
        check(length);
        at += length;
    }

    /** How many bytes are left. */
    public int remaining() {
        return bytes.length - at;
    }

    /** Writes {@code text} as {@link #readString} reads it: its length in UTF-8 bytes, then the bytes. */
    public static void writeString(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Writes {@code text}, or null, as {@link #readNullableString} reads it. */
    public static void writeNullableString(DataOutput out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
        } else {
            writeString(out, text);
        }
    }

    private void check(int length) {
        if (length < 0 || length > bytes.length - at) {
            throw new IndexOutOfBoundsException("wants " + length + " bytes at " + at + " of " + bytes.length);
        }
    }
}
