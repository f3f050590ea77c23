package org.dozaban.text;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The keys of the build cache: a 128-bit XXH3 hash of parts added in order. A key only has to tell apart
 * inputs that differ by chance, never inputs made to collide, so it needs no cryptographic digest; XXH3 is
 * many times faster than SHA-256 when the JVM runs its quick compiler only, as rebuilds do, and a
 * rebuild hashes tens of megabytes of page inputs. Most keys are of a few hundred bytes (a page's inputs
 * are the digests of the articles it shows), and a rebuild makes one for each of tens of thousands of
 * pages: their parts are gathered in an array and hashed at once, which costs a fraction of setting up a
 * hash stream; a key that grows past {@link #GATHERED} bytes goes on in a stream. Either way the hash is
 * that of the same bytes. Not safe for use from several threads.
 */
public final class KeyHash {

    private static final Hasher128 XXH3 = Hashing.xxh3_128();
    /** The most bytes gathered before they go to a stream. */
    static final int GATHERED = 4096;

    private byte[] gathered = new byte[256];
    private int length;
    /** Null until more than {@link #GATHERED} bytes are added. */
    private HashStream128 stream;

    /** Adds the bytes as they are. */
    public KeyHash bytes(byte[] bytes) {
        return bytes(bytes, 0, bytes.length);
    }

    /** Adds {@code length} bytes of {@code bytes} from {@code offset}, as they are. */
    public KeyHash bytes(byte[] bytes, int offset, int length) {
        if (room(length)) {
            System.arraycopy(bytes, offset, gathered, this.length, length);
            this.length += length;
        } else {
            stream.putBytes(bytes, offset, length);
        }
        return this;
    }

    /** Adds one byte. */
    public KeyHash tag(byte value) {
        if (room(1)) {
            gathered[length++] = value;
        } else {
            stream.putByte(value);
        }
        return this;
    }

    /** Adds a number, in eight bytes, little-endian. */
    public KeyHash number(long value) {
        if (room(Long.BYTES)) {
            for (int i = 0; i < Long.BYTES; i++) {
                gathered[length++] = (byte) (value >>> (8 * i));
            }
        } else {
            stream.putLong(value);
        }
        return this;
    }

    /**
     * Adds the text's length in UTF-8 bytes (four bytes, little-endian), then those bytes: two sequences of texts that differ give
     * different streams, wherever their boundaries fall.
     */
    public KeyHash text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int size = bytes.length;
        if (room(Integer.BYTES)) {
            for (int i = 0; i < Integer.BYTES; i++) {
                gathered[length++] = (byte) (size >>> (8 * i));
            }
        } else {
            stream.putInt(size);
        }
        return bytes(bytes);
    }

    /**
     * Whether {@code more} bytes go to the gathered ones, which grow for them when needed; when not, they go
     * to the stream, which the gathered bytes have gone to first.
     */
    private boolean room(int more) {
        if (stream != null) {
            return false;
        }
        int needed = length + more;
        if (needed <= gathered.length) {
            return true;
        }
        if (needed > GATHERED) {
            stream = XXH3.hashStream().putBytes(gathered, 0, length);
            gathered = null;
            return false;
        }
        gathered = Arrays.copyOf(gathered, Math.max(needed, Math.min(GATHERED, 2 * gathered.length)));
        return true;
    }

    /** The hash of everything added, in 16 bytes, the high half first, each half big-endian. */
    public byte[] digest() {
        HashValue128 value = value();
        byte[] digest = new byte[16];
        long high = value.getMostSignificantBits();
        long low = value.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            digest[i] = (byte) (high >>> (56 - 8 * i));
            digest[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return digest;
    }

    /** The hash of everything added, in 32 lower-case hex digits, as {@code xxhsum -H2} writes it. */
    public String hex() {
        return HexFormat.of().formatHex(digest());
    }

    private HashValue128 value() {
        return stream != null ? stream.get() : XXH3.hashBytesTo128Bits(gathered, 0, length);
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
