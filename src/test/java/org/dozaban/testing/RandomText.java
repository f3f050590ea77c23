package org.dozaban.testing;

import java.util.Random;

/** Random texts for tests that compare an implementation with its definition: pieces strung together. */
public final class RandomText {

    private RandomText() {
    }

    /** Fewer than {@code bound} of {@code pieces}, each drawn at random, in a row. */
    public static String of(Random random, int bound, String... pieces) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(bound); n > 0; n--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
