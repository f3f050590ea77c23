package org.dozaban.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a child process and measures it: wall time here, CPU time and peak resident set
 * size through GNU time ({@code /usr/bin/time}), which reads them from the kernel when the child exits.
 * Without GNU time only the wall time is known.
 */
final class ChildProcess {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private ChildProcess() {
    }

    static boolean measuresResources() {
        return Files.isExecutable(GNU_TIME);
    }

    /** Runs {@code command} in {@code directory} with {@code environment} added, and waits for it. */
    static Measurement run(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path log = Files.createTempFile("bench-output", ".txt");
        Path times = Files.createTempFile("bench-time", ".txt");
        try {
            List<String> full = new ArrayList<>();
            boolean timed = measuresResources();
            if (timed) {
                full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            int exit = builder.start().waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (!timed) {
                return new Measurement(exit, wall, -1, -1, -1, output);
            }
            // GNU time writes "Command exited with non-zero status N" before the figures on failure
            List<String> lines = Files.readAllLines(times);
            String[] figures = lines.get(lines.size() - 1).trim().split(" ");
            return new Measurement(exit, wall, Double.parseDouble(figures[1]), Double.parseDouble(figures[2]),
                    Long.parseLong(figures[3]), output);
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(times);
        }
    }
}
