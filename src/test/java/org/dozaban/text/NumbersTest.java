package org.dozaban.text;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Padded ASCII numbers are what {@code String.format} with {@code %0<width>d} and the root locale writes. */
class NumbersTest {

    @Test
    void writtenExamples() {
        assertEquals("0998", Numbers.asciiPadded(998, 4));
        assertEquals("12345", Numbers.asciiPadded(12345, 4));
        assertEquals("-012", Numbers.asciiPadded(-12, 4));
        assertEquals("07", Numbers.asciiPadded(7, 2));
    }

    @Test
    void anyNumberAndWidthIsPaddedAsFormatPadsIt() {
        Random random = new Random(3);
        int[] edges = {0, 1, -1, 9, 10, 99, -99, 9999, 10000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < 20_000; i++) {
            int number = i < edges.length * 8 ? edges[i % edges.length]
                    : random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(200_000) - 100_000;
            int width = 1 + random.nextInt(12);
            assertEquals(String.format(Locale.ROOT, "%0" + width + "d", number), Numbers.asciiPadded(number, width),
                    number + " in " + width);
        }
    }
}
