package org.dozaban.work;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Work on several threads: results in order, and no work left running when a failure is rethrown. */
class ParallelTest {

    @Test
    void resultsComeInTheOrderOfTheItems() throws Exception {
        try (Parallel parallel = new Parallel(4)) {
            List<Integer> items = IntStream.range(0, 200).boxed().toList();
            assertEquals(items.stream().map(i -> i * i).toList(), parallel.map(items, i -> i * i));
        }
    }

    @Test
    void anErrorIsRethrownOnlyOnceEveryOtherItemIsDone() throws Exception {
        AtomicInteger finished = new AtomicInteger();
        try (Parallel parallel = new Parallel(2)) {
            List<Integer> items = IntStream.range(0, 8).boxed().toList();
            OutOfMemoryError error = assertThrows(OutOfMemoryError.class, () -> parallel.map(items, i -> {
                if (i == 0) {
                    throw new OutOfMemoryError("made up");
                }
                Thread.sleep(30);
                return finished.incrementAndGet();
            }));
            assertEquals("made up", error.getMessage());
            // nothing is left writing after the failure has reached the caller
            assertEquals(7, finished.get());
        }
    }
}
