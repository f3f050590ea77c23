package org.dozaban.cli;

import org.dozaban.render.Progress;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One progress line on a terminal, rewritten in place: the stage, items done of the total and the rate.
 * It appears only once a build has run for {@link #DELAY_MS}, so quick builds print nothing of it, and
 * is erased when the build ends.
 */
final class ProgressLine implements Progress, AutoCloseable {

    static final long DELAY_MS = 2000;
    private static final long EVERY_MS = 250;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile String stage = "load";
    private volatile long stageStart = System.nanoTime();
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();
    private boolean shown;

    private ProgressLine(PrintStream err) {
        this(err, DELAY_MS);
    }

    /** A progress line on {@code err} that first shows after {@code delayMs}. */
    ProgressLine(PrintStream err, long delayMs) {
        this.err = err;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::show, delayMs, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** A progress line on standard error when it is a terminal and not {@code quiet}; else nothing. */
    static Progress open(boolean quiet) {
        return quiet || !stderrIsTerminal() ? Progress.NONE : new ProgressLine(System.err);
    }

    /** Whether standard error goes to a terminal: on Linux, read from where its descriptor points. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    @Override
    public void start(String name, int count) {
        stage = name;
        total = count;
        done.set(0);
        stageStart = System.nanoTime();
    }

    @Override
    public void advance() {
        done.incrementAndGet();
    }

    private synchronized void show() {
        double seconds = Math.max(0.001, (System.nanoTime() - stageStart) / 1e9);
        int count = done.get();
        String line = String.format(Locale.ROOT, "%s %,d/%,d (%,.0f/s)", stage, count, total, count / seconds);
        err.print("\r\033[K" + line);
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    /** Closes {@code progress} when it is a progress line. */
    static void close(Progress progress) {
        if (progress instanceof ProgressLine line) {
            line.close();
        }
    }
}
