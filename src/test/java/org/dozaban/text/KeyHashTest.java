package org.dozaban.text;

import org.junit.jupiter.api.Test;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyHashTest {

    // the expected values are XXH3-128 as the reference implementation (xxhash 0.8) gives them
    @Test
    void nothingAddedIsTheHashOfNoBytes() {
        assertEquals("99aa06d3014798d86001c324468d497f", new KeyHash().hex());
        assertEquals("99aa06d3014798d86001c324468d497f", java.util.HexFormat.of().formatHex(new KeyHash().digest()));
        KeyHash longer = new KeyHash().bytes(new byte[5000]);
        assertEquals(longer.hex(), java.util.HexFormat.of().formatHex(longer.digest()));
    }

    @Test
    void bytesAreHashedAsTheyAre() {
        assertEquals("06b05ab6733a618578af5f94892f3950",
                new KeyHash().bytes("abc".getBytes(StandardCharsets.US_ASCII)).hex());
    }

    @Test
    void aTextIsItsLengthInFourLittleEndianBytesThenItsUtf8() {
        // the bytes 03 00 00 00 61 62 63
        assertEquals("31da8c350ad598454bd65eafada089bd", new KeyHash().text("abc").hex());
        assertEquals(new KeyHash().bytes(new byte[] {8, 0, 0, 0}).bytes("سلام".getBytes(StandardCharsets.UTF_8)).hex(),
                new KeyHash().text("سلام").hex());
    }

    @Test
    void textsApartDifferFromTheirJoin() {
        assertNotEquals(new KeyHash().text("ab").text("c").hex(), new KeyHash().text("a").text("bc").hex());
        assertNotEquals(new KeyHash().text("abc").hex(), new KeyHash().text("ab").text("c").hex());
    }

    @Test
    void numbersAreEightLittleEndianBytes() {
        assertEquals(new KeyHash().bytes(new byte[] {1, 2, 0, 0, 0, 0, 0, (byte) 0x80}).hex(),
                new KeyHash().number(0x8000_0000_0000_0201L).hex());
    }

    @Test
    void partsGatheredOrStreamedHashAsOneStreamOfTheirBytes() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            KeyHash key = new KeyHash();
            HashStream128 stream = Hashing.xxh3_128().hashStream();
            int parts = random.nextInt(round % 10 == 0 ? 40 : 12);
            for (int p = 0; p < parts; p++) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        byte value = (byte) random.nextInt();
                        key.tag(value);
                        stream.putByte(value);
                    }
                    case 1 -> {
                        long value = random.nextLong();
                        key.number(value);
                        stream.putLong(value);
                    }
                    case 2 -> {
                        String text = "کلید-" + "x".repeat(random.nextInt(random.nextBoolean() ? 40 : 3000));
                        key.text(text);
                        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                        stream.putInt(utf8.length).putBytes(utf8);
                    }
                    default -> {
                        byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 20 : 2 * KeyHash.GATHERED)];
                        random.nextBytes(bytes);
                        int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                        key.bytes(bytes, offset, bytes.length - offset);
                        stream.putBytes(bytes, offset, bytes.length - offset);
                    }
                }
            }
            HashValue128 value = stream.get();
            assertEquals(String.format("%016x%016x", value.getMostSignificantBits(), value.getLeastSignificantBits()),
                    key.hex(), "round " + round);
        }
    }

    @Test
    void theDigestIsTheHexInBytes() {
        KeyHash key = new KeyHash().text("کلید");
        assertEquals(key.hex(), java.util.HexFormat.of().formatHex(key.digest()));
        assertEquals(16, key.digest().length);
        assertEquals(KeyHash.of("کلید"), key.hex());
    }
}
