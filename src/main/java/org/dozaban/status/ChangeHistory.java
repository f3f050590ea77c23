package org.dozaban.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When each file of a content folder was last changed, from its git history: the time of the last
 * commit that touched it. Empty for every file when the folder is not in a git repository or git is
 * not installed; uncommitted changes are not seen.
 */
public final class ChangeHistory {

    private static final String COMMIT = "@";

    private final Path contentDir;
    private final Map<String, Instant> lastCommit;

    private ChangeHistory(Path contentDir, Map<String, Instant> lastCommit) {
        this.contentDir = contentDir;
        this.lastCommit = Map.copyOf(lastCommit);
    }

    /** Reads the history of {@code contentDir} with one {@code git log}. */
    public static ChangeHistory read(Path contentDir) {
        Map<String, Instant> last = new HashMap<>();
        ProcessBuilder git = new ProcessBuilder("git", "-c", "core.quotepath=off", "-C", contentDir.toString(),
                "log", "--format=" + COMMIT + "%ct", "--name-only", "--relative", "--no-renames", "--", ".")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = git.start();
            process.getOutputStream().close();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                Instant commit = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(COMMIT)) {
                        commit = Instant.ofEpochSecond(Long.parseLong(line.substring(1)));
                    } else if (!line.isBlank() && commit != null) {
                        // newest commits come first: the first time a file is named is its last change
                        last.putIfAbsent(line, commit);
                    }
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return new ChangeHistory(contentDir, Map.of());
            }
        } catch (IOException e) {
            return new ChangeHistory(contentDir, Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ChangeHistory(contentDir, Map.of());
        }
        return new ChangeHistory(contentDir, last);
    }

    /** The time of the last commit that changed {@code file}, a file of the content folder. */
    public Optional<Instant> lastChange(Path file) {
        String relative = contentDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        return Optional.ofNullable(lastCommit.get(relative));
    }
}
