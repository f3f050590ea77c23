package org.dozaban.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostingsTest {

    @Test
    void pairsReadBackInOrderWhateverTheirSize() {
        Random random = new Random(17);
        for (int n = 0; n < 300; n++) {
            SearchIndex.Postings postings = new SearchIndex.Postings();
            List<int[]> added = new ArrayList<>();
            long document = random.nextInt(3);
            for (int i = random.nextInt(60); i > 0 && document <= Integer.MAX_VALUE; i--) {
                // scores and gaps of one to five bytes, and a gap of 0
                int score = random.nextInt(5) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(200);
                added.add(new int[] {(int) document, score});
                postings.add((int) document, score);
                document += switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 1 + random.nextInt(127);
                    case 2 -> 128 + random.nextInt(1 << 20);
                    default -> 1 + random.nextInt(Integer.MAX_VALUE / 4);
                };
            }
            assertEquals(added.size(), postings.count());
            SearchIndex.Postings.Cursor pair = postings.cursor();
            int previous = 0;
            for (int[] expected : added) {
                assertEquals(true, pair.next());
                assertEquals(expected[0], pair.document());
                assertEquals(expected[0] - previous, pair.gap());
                assertEquals(expected[1], pair.score());
                previous = expected[0];
            }
            assertFalse(pair.next());
        }
    }

    @Test
    void theLargestNumbersReadBack() {
        SearchIndex.Postings postings = new SearchIndex.Postings();
        postings.add(0, Integer.MAX_VALUE);
        postings.add(Integer.MAX_VALUE, 0);
        SearchIndex.Postings.Cursor pair = postings.cursor();
        assertEquals(true, pair.next());
        assertEquals(0, pair.document());
        assertEquals(Integer.MAX_VALUE, pair.score());
        assertEquals(true, pair.next());
        assertEquals(Integer.MAX_VALUE, pair.document());
        assertEquals(0, pair.score());
        assertFalse(pair.next());
    }

    @Test
    void aDocumentBeforeTheLastOrANegativeScoreIsRefused() {
        SearchIndex.Postings postings = new SearchIndex.Postings();
        postings.add(5, 1);
        assertThrows(IllegalArgumentException.class, () -> postings.add(4, 1));
        assertThrows(IllegalArgumentException.class, () -> postings.add(6, -1));
        assertEquals(1, postings.count());
    }
}
