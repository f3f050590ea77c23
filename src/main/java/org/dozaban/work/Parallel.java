package org.dozaban.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the same work over the items of a list on a fixed number of threads. Results keep the order
 * of the items, whatever order the threads finish in, so output built from them is the same on any
 * thread count.
 */
public final class Parallel implements AutoCloseable {

    /** Work on one item; may fail with a checked exception, which reaches the caller unchanged. */
    @FunctionalInterface
    public interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    private final int threads;
    private final ForkJoinPool pool;

    /** @param threads how many threads work at once; 1 runs everything on the calling thread */
    public Parallel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    /** One thread per available processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    /**
     * {@code work} applied to every item, results in item order. The first failure, in item order, is
     * rethrown once every item has been tried; {@link Error}s such as a stack overflow or running out of
     * memory are rethrown as such.
     */
    public <T, R> List<R> map(List<T> items, Work<? super T, ? extends R> work) throws Exception {
        List<Outcome<R>> outcomes;
        if (pool == null || items.size() < 2) {
            outcomes = new ArrayList<>(items.size());
            for (T item : items) {
                outcomes.add(run(work, item));
            }
        } else {
            int count = items.size();
            @SuppressWarnings("unchecked")
            Outcome<R>[] done = new Outcome[count];
            // each thread takes the next item no thread has taken, one at a time, so that all stay busy to the
            // end however much the items' costs differ: a parallel stream would split the list into a few
            // parts of a quarter of it or so, and one thread could be left alone with most of the last part
            AtomicInteger next = new AtomicInteger();
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    done[i] = run(work, items.get(i));
                }
            };
            List<ForkJoinTask<?>> workers = new ArrayList<>();
            for (int t = 0; t < Math.min(threads, count); t++) {
                workers.add(pool.submit(worker));
            }
            try {
                for (ForkJoinTask<?> task : workers) {
                    task.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw e;
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            }
            outcomes = Arrays.asList(done);
        }
        List<R> results = new ArrayList<>(outcomes.size());
        for (Outcome<R> outcome : outcomes) {
            if (outcome.failure() != null) {
                throw rethrow(outcome.failure());
            }
            results.add(outcome.value());
        }
        return results;
    }

    /**
     * {@code work} applied to every item, each result handed to {@code sink} on the calling thread, in item
     * order, as soon as it and those before it are done; meanwhile the threads go on with the items after
     * it, at most {@code window} of them begun and not yet handed over. So the caller can take results one
     * by one, in order, while the threads stay busy, and no more than a window of results is held at once,
     * with no pause at the end of each window as a {@link #map} of it would make. The first failure, in item
     * order, of the work or of the sink is rethrown once every item begun is done: its results are not
     * handed over, and no further item is begun.
     */
    public <T, R> void inOrder(List<T> items, int window, Work<? super T, ? extends R> work, Sink<? super R> sink)
            throws Exception {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, not " + window);
        }
        if (pool == null) {
            for (T item : items) {
                sink.accept(work.apply(item));
            }
            return;
        }
        ArrayDeque<ForkJoinTask<Outcome<R>>> begun = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < items.size() || !begun.isEmpty()) {
                while (next < items.size() && begun.size() < window) {
                    T item = items.get(next++);
                    begun.add(pool.submit(() -> Parallel.<T, R>run(work, item)));
                }
                Outcome<R> outcome = begun.poll().get();
                if (outcome.failure() != null) {
                    throw rethrow(outcome.failure());
                }
                sink.accept(outcome.value());
            }
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            // no work is left running when this returns or throws
            for (ForkJoinTask<Outcome<R>> task : begun) {
                task.quietlyJoin();
            }
        }
    }

    /** Takes the results of {@link #inOrder}, one by one; may fail with a checked exception. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(R result) throws Exception;
    }

    /** {@link #map} for work that returns nothing. */
    public <T> void forEach(List<T> items, Work<? super T, ?> work) throws Exception {
        map(items, work);
    }

    private static <T, R> Outcome<R> run(Work<? super T, ? extends R> work, T item) {
        try {
            return new Outcome<>(work.apply(item), null);
        } catch (Exception | Error e) {
            // every item is tried, even after an error such as running out of memory, so that no work is
            // still running when the failure is rethrown
            return new Outcome<>(null, e);
        }
    }

    private static Exception rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        return failure instanceof Exception e ? e : new IllegalStateException(failure);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private record Outcome<R>(R value, Throwable failure) {
    }
}
