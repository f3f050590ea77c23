package org.dozaban.search;

import java.nio.charset.StandardCharsets;

/**
 * Reads back, in order, what a {@link java.io.DataOutputStream} wrote as big-endian ints and as strings
 * made of an int length and that many UTF-8 bytes. Unlike a {@code DataInputStream} over a
 * {@code ByteArrayInputStream}, which takes a lock for every byte, it reads the array directly: the index
 * reads millions of terms back from the build cache. Every read past the end throws
 * {@link IndexOutOfBoundsException}.
 */
final class ByteReader {

    private final byte[] bytes;
    private int at;

    ByteReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int readInt() {
        check(4);
        int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
        at += 4;
        return value;
    }

    /** A string of an int length and that many UTF-8 bytes; a negative length throws. */
    String readString() {
        int length = readInt();
        check(length);
        String value = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return value;
    }

    /** An ASCII string of {@code length} bytes. */
    String readAscii(int length) {
        check(length);
        String value = new String(bytes, at, length, StandardCharsets.US_ASCII);
        at += length;
        return value;
    }

    void skip(int length) {
        check(length);
        at += length;
    }

    /** How many bytes are left. */
    int remaining() {
        return bytes.length - at;
    }

    private void check(int length) {
        if (length < 0 || length > bytes.length - at) {
            throw new IndexOutOfBoundsException("wants " + length + " bytes at " + at + " of " + bytes.length);
        }
    }
}
