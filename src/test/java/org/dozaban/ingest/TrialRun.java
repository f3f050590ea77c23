package org.dozaban.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Imports the files named by -Dingest.trial=a,b into -Dingest.out (a manual trial, skipped otherwise). */
@EnabledIfSystemProperty(named = "ingest.trial", matches = ".+")
class TrialRun {

    @Test
    void importTrialFiles() throws Exception {
        Path out = Path.of(System.getProperty("ingest.out", "target/trial-content"));
        List<Path> paths = java.util.Arrays.stream(System.getProperty("ingest.trial").split(","))
                .map(Path::of).toList();
        for (ImportResult r : new Importer(out, TestTopics.load()).importPaths(paths, true)) {
            System.out.println(r.status() + " " + r.seed() + " -> " + r.output() + " " + r.message());
        }
        Files.createDirectories(out);
    }
}
