package org.dozaban.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyHashTest {

    // the expected values are XXH3-128 as the reference implementation (xxhash 0.8) gives them
    @Test
    void nothingAddedIsTheHashOfNoBytes() {
        assertEquals("99aa06d3014798d86001c324468d497f", new KeyHash().hex());
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
    void theDigestIsTheHexInBytes() {
        KeyHash key = new KeyHash().text("کلید");
        assertEquals(key.hex(), java.util.HexFormat.of().formatHex(key.digest()));
        assertEquals(16, key.digest().length);
        assertEquals(KeyHash.of("کلید"), key.hex());
    }
}
