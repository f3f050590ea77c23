package org.dozaban.bench;

import java.util.Locale;

/**
 * What one child process cost.
 *
 * @param exitCode    the child's exit code
 * @param wallSeconds elapsed time from start to exit
 * @param userSeconds CPU time in user mode, or -1 when unknown
 * @param sysSeconds  CPU time in the kernel, or -1 when unknown
 * @param peakRssKiB  largest resident set size, or -1 when unknown
 * @param output      what the child printed, stdout and stderr together
 */
record Measurement(int exitCode, double wallSeconds, double userSeconds, double sysSeconds, long peakRssKiB,
        String output) {

    boolean succeeded() {
        return exitCode == 0;
    }

    boolean hasResources() {
        return userSeconds >= 0;
    }

    double cpuSeconds() {
        return userSeconds + sysSeconds;
    }

    double peakRssMiB() {
        return peakRssKiB / 1024.0;
    }

    /** Wall, CPU and memory on one line. */
    String figures() {
        if (!hasResources()) {
            return String.format(Locale.ROOT, "wall %7.2f s", wallSeconds);
        }
        return String.format(Locale.ROOT, "wall %7.2f s  cpu %7.2f s (user %.2f + sys %.2f)  peak RSS %6.0f MiB",
                wallSeconds, cpuSeconds(), userSeconds, sysSeconds, peakRssMiB());
    }

    /** The last {@code lines} lines of the output. */
    String outputTail(int lines) {
        String[] all = output.strip().split("\n");
        StringBuilder tail = new StringBuilder();
        for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
            tail.append("    ").append(all[i]).append('\n');
        }
        return tail.toString();
    }
}
