package org.dozaban.bench;

import org.dozaban.cli.Main;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Builds one content folder several times, one build after another in this JVM, each from nothing into a
 * folder of its own, and prints the wall and CPU time of each: the later builds run on code the JVM has
 * loaded and compiled already, which a cold build pays for. Run by {@link Benchmark} with {@code --warm}.
 */
final class WarmBuilds {

    private WarmBuilds() {
    }

    /** Arguments: the number of builds, the content folder, the templates folder, the folder for the outputs. */
    public static void main(String[] args) {
        int builds = Integer.parseInt(args[0]);
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i <= builds; i++) {
            Path out = Path.of(args[3]).resolve("warm-" + i).resolve("site");
            long start = System.nanoTime();
            long cpu = system.getProcessCpuTime();
            int exit = Main.commandLine().execute("build", "--content", args[1], "--templates", args[2], "--out",
                    out.toString(), "--no-import", "--clean", "--quiet");
            if (exit != 0) {
                System.exit(exit);
            }
            System.out.printf(Locale.ROOT, "warm %d %.3f %.3f%n", i, (System.nanoTime() - start) / 1e9,
                    (system.getProcessCpuTime() - cpu) / 1e9);
        }
    }
}
