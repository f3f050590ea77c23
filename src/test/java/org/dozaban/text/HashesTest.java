package org.dozaban.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HashesTest {

    @Test
    void theDigestOfAKnownTextIsSha256() {
        // FIPS 180-2, appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashes.sha256("abc"));
    }

    @Test
    void eachDigestHandedOutStartsEmptyAndIsItsOwn() {
        MessageDigest first = Hashes.sha256();
        first.update("a".getBytes(StandardCharsets.UTF_8));
        MessageDigest second = Hashes.sha256();
        second.update("abc".getBytes(StandardCharsets.UTF_8));
        // what the first was given neither reaches the second nor the digests handed out after it
        assertEquals(Hashes.sha256("abc"), HexFormat.of().formatHex(second.digest()));
        assertEquals(Hashes.sha256("a"), HexFormat.of().formatHex(first.digest()));
        assertEquals(Hashes.sha256(""), HexFormat.of().formatHex(Hashes.sha256().digest()));
    }
}
