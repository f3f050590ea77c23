package org.dozaban.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SharedTextTest {

    @Test
    void aTextIsMadeOnceForThePagesThatSaidTheyWouldTakeItThenDropped() {
        SharedText shared = new SharedText(1_000);
        AtomicInteger made = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            shared.expect("a");
        }
        assertEquals("made 1", shared.take("a", () -> "made " + made.incrementAndGet()));
        assertEquals(6, shared.keptChars(), "kept for the two pages still to take it");
        assertEquals("made 1", shared.take("a", () -> "made " + made.incrementAndGet()));
        assertEquals("made 1", shared.take("a", () -> "made " + made.incrementAndGet()),
                "the last page takes the kept text");
        assertEquals(0, shared.keptChars(), "and it is dropped");
        assertEquals("made 2", shared.take("a", () -> "made " + made.incrementAndGet()),
                "a page more than said is made its own");
    }

    @Test
    void aTextForOnePageOrNoneSaidIsNotKept() {
        SharedText shared = new SharedText(1_000);
        shared.expect("one");
        assertEquals("x", shared.take("one", () -> "x"));
        assertEquals("y", shared.take("unsaid", () -> "y"));
        assertEquals(0, shared.keptChars());
    }

    @Test
    void pastTheLimitTextsAreMadeForEachPage() {
        SharedText shared = new SharedText(10);
        AtomicInteger made = new AtomicInteger();
        for (String key : List.of("a", "a", "b", "b")) {
            shared.expect(key);
        }
        assertEquals("aaaaaaaa", shared.take("a", () -> { made.incrementAndGet(); return "aaaaaaaa"; }));
        assertEquals("bbbbbbbb", shared.take("b", () -> { made.incrementAndGet(); return "bbbbbbbb"; }));
        assertEquals(8, shared.keptChars(), "the second would pass 10 characters: not kept");
        assertEquals("bbbbbbbb", shared.take("b", () -> { made.incrementAndGet(); return "bbbbbbbb"; }));
        assertEquals("aaaaaaaa", shared.take("a", () -> { made.incrementAndGet(); return "aaaaaaaa"; }));
        assertEquals(3, made.get());
        assertEquals(0, shared.keptChars());
    }

    @Test
    void pagesTakingTextsOnManyThreadsEachGetTheirTextAndNothingStaysKept() throws Exception {
        SharedText shared = new SharedText(1_000_000);
        int keys = 200;
        int takers = 5;
        List<Integer> work = new ArrayList<>();
        for (int key = 0; key < keys; key++) {
            for (int i = 0; i < takers; i++) {
                shared.expect("k" + key);
                work.add(key);
            }
        }
        java.util.Collections.shuffle(work, new java.util.Random(7));
        ConcurrentHashMap<Integer, AtomicInteger> made = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int key : work) {
                results.add(pool.submit(() -> shared.take("k" + key, () -> {
                    made.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                    return "text of " + key;
                }).equals("text of " + key)));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, shared.keptChars(), "every text dropped after its last page");
        assertEquals(keys, made.size());
    }
}
