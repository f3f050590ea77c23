package org.dozaban.text;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The keys of the build cache: a 128-bit XXH3 hash of parts added in order. A key only has to tell apart
 * inputs that differ by chance, never inputs made to collide, so it needs no cryptographic digest; XXH3 is
 * many times faster than SHA-256 when the JVM runs its quick compiler only, as rebuilds do, and a
 * rebuild hashes tens of megabytes of page inputs. Not safe for use from several threads.
 */
public final class KeyHash {

    private final HashStream128 stream = Hashing.xxh3_128().hashStream();

    /** Adds the bytes as they are. */
    public KeyHash bytes(byte[] bytes) {
        stream.putBytes(bytes);
        return this;
    }

    /** Adds {@code length} bytes of {@code bytes} from {@code offset}, as they are. */
    public KeyHash bytes(byte[] bytes, int offset, int length) {
        stream.putBytes(bytes, offset, length);
        return this;
    }

    /** Adds one byte. */
    public KeyHash tag(byte value) {
        stream.putByte(value);
        return this;
    }

    /** Adds a number, in eight bytes, little-endian. */
    public KeyHash number(long value) {
        stream.putLong(value);
        return this;
    }

    /**
     * Adds the text's length in UTF-8 bytes (four bytes, little-endian), then those bytes: two sequences of texts that differ give
     * different streams, wherever their boundaries fall.
     */
    public KeyHash text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        stream.putInt(bytes.length);
        stream.putBytes(bytes);
        return this;
    }

    /** The hash of everything added, in 16 bytes, the high half first, each half big-endian. */
    public byte[] digest() {
        HashValue128 value = stream.get();
        return ByteBuffer.allocate(16).putLong(value.getMostSignificantBits())
                .putLong(value.getLeastSignificantBits()).array();
    }

    /** The hash of everything added, in 32 lower-case hex digits, as {@code xxhsum -H2} writes it. */
    public String hex() {
        return HexFormat.of().formatHex(digest());
    }

    /** The key of one text. */
    public static String of(String text) {
        return new KeyHash().text(text).hex();
    }

    /** The key of some bytes, as they are. */
    public static String of(byte[] bytes) {
        return new KeyHash().bytes(bytes).hex();
    }
}
