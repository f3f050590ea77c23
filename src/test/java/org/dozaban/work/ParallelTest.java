package org.dozaban.work;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void inOrderHandsEachResultOverInItemOrderWithNoMoreThanAWindowBegunAhead() throws Exception {
        eachThreadCount((parallel, threads) -> {
            List<Integer> items = IntStream.range(0, 300).boxed().toList();
            AtomicInteger begun = new AtomicInteger();
            AtomicInteger handed = new AtomicInteger();
            AtomicInteger mostAhead = new AtomicInteger();
            List<Integer> results = new ArrayList<>();
            parallel.inOrder(items, 5, i -> {
                mostAhead.accumulateAndGet(begun.incrementAndGet() - handed.get(), Math::max);
                // later items finish first more often than not
                Thread.sleep(i % 3 == 0 ? 2 : 0);
                return i * i;
            }, result -> {
                results.add(result);
                handed.incrementAndGet();
            });
            assertEquals(items.stream().map(i -> i * i).toList(), results, threads + " threads");
            // the item being begun counts: five waiting to be handed over, and this one
            assertTrue(mostAhead.get() <= 6, threads + " threads: " + mostAhead.get() + " begun ahead");
        });
    }

    @Test
    void inOrderStopsAtTheFirstFailureInItemOrderOnceWhatWasBegunIsDone() throws Exception {
        eachThreadCount((parallel, threads) -> {
            List<Integer> items = IntStream.range(0, 100).boxed().toList();
            AtomicInteger begun = new AtomicInteger();
            AtomicInteger finished = new AtomicInteger();
            List<Integer> handed = new ArrayList<>();
            IOException thrown = assertThrows(IOException.class, () -> parallel.inOrder(items, 4, i -> {
                begun.incrementAndGet();
                try {
                    Thread.sleep(i == 10 ? 20 : 1);
                    if (i == 10 || i == 12) {
                        throw new IOException("item " + i);
                    }
                    return i;
                } finally {
                    finished.incrementAndGet();
                }
            }, handed::add));
            assertEquals("item 10", thrown.getMessage(), threads + " threads");
            assertEquals(IntStream.range(0, 10).boxed().toList(), handed, threads + " threads");
            assertEquals(begun.get(), finished.get(), threads + " threads: work still running");
            assertTrue(begun.get() <= 15, threads + " threads: " + begun.get() + " begun");
        });
        try (Parallel parallel = new Parallel(2)) {
            IllegalStateException full = new IllegalStateException("sink failed");
            List<Integer> handed = new ArrayList<>();
            assertEquals(full, assertThrows(IllegalStateException.class,
                    () -> parallel.inOrder(IntStream.range(0, 50).boxed().toList(), 3, i -> i, i -> {
                        if (i == 7) {
                            throw full;
                        }
                        handed.add(i);
                    })));
            assertEquals(IntStream.range(0, 7).boxed().toList(), handed);
        }
    }

    /** A check of a {@link Parallel} of some number of threads. */
    @FunctionalInterface
    private interface ThreadsCheck {
        void run(Parallel parallel, int threads) throws Exception;
    }

    /** Runs {@code check} with 1, 2 and 4 threads. */
    private static void eachThreadCount(ThreadsCheck check) throws Exception {
        for (int threads : new int[] {1, 2, 4}) {
            try (Parallel parallel = new Parallel(threads)) {
                check.run(parallel, threads);
            }
        }
    }

    @Test
    void aThreadBusyWithOneItemHoldsBackNoOther() throws Exception {
        try (Parallel parallel = new Parallel(2)) {
            List<Integer> items = IntStream.range(0, 40).boxed().toList();
            CountDownLatch others = new CountDownLatch(items.size() - 1);
            // the first item is done only once every other one is: the other thread must take them all
            List<Boolean> waited = parallel.map(items, i -> {
                if (i == 0) {
                    return others.await(20, TimeUnit.SECONDS);
                }
                others.countDown();
                return true;
            });
            assertTrue(waited.get(0), "items left waiting behind the first");
        }
    }
}
