package org.dozaban.build;

import org.dozaban.publish.FileRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stamp after a build, made by looking up again only the files the build changed and the folders above
 * them, is the stamp a lookup of every path gives, whether the build wrote files over, added them in new
 * folders or removed them.
 */
class OutputStampTest {

    @TempDir
    Path out;

    private long clock = 1_000_000;

    @Test
    void theStampAfterAChangeIsTheStampOfTheWholeFolder() throws IOException {
        Random random = new Random(5);
        Set<String> files = new TreeSet<>();
        for (int i = 0; i < 60; i++) {
            String path = randomPath(random);
            if (files.stream().noneMatch(f -> f.startsWith(path + "/") || path.startsWith(f + "/"))) {
                write(path, random);
                files.add(path);
            }
        }
        OutputStamp stamp = OutputStamp.of(out, files).orElseThrow();
        int fastOnes = 0;
        for (int round = 0; round < 200; round++) {
            Set<String> changed = new HashSet<>();
            int edits = 1 + random.nextInt(4);
            boolean removes = random.nextInt(3) == 0;
            for (int e = 0; e < edits; e++) {
                List<String> existing = new ArrayList<>(files);
                if (removes && !existing.isEmpty() && random.nextBoolean()) {
                    String gone = existing.get(random.nextInt(existing.size()));
                    Files.delete(out.resolve(gone));
                    files.remove(gone);
                    changed.add(gone);
                } else if (!existing.isEmpty() && random.nextBoolean()) {
                    String over = existing.get(random.nextInt(existing.size()));
                    write(over, random);
                    changed.add(over);
                } else {
                    String path = randomPath(random);
                    if (files.stream().noneMatch(f -> f.equals(path) || f.startsWith(path + "/") || path.startsWith(f + "/"))) {
                        write(path, random);
                        files.add(path);
                        changed.add(path);
                    }
                }
            }
            fastOnes += changed.stream().allMatch(files::contains) ? 1 : 0;
            OutputStamp after = stamp.after(out, files, changed).orElseThrow();
            OutputStamp whole = OutputStamp.of(out, files).orElseThrow();
            assertTrue(after.sameAs(whole), "round " + round + ": " + changed);
            // the next build finds the folder as recorded, or goes on from the stamp it made
            stamp = random.nextBoolean() ? after : asRecorded(after, files);
            assertTrue(stamp.sameAs(whole), "round " + round + ", found as recorded");
        }
        assertTrue(fastOnes > 50, "rounds that only wrote and added files: " + fastOnes);
    }

    @Test
    void aFileChangedByAnotherHandIsSeenByTheWholeLookupOnly() throws IOException {
        Set<String> files = threeFiles(new Random(3));
        OutputStamp stamp = OutputStamp.of(out, files).orElseThrow();
        write("b/c/index.html", new Random(4));
        OutputStamp after = stamp.after(out, files, Set.of("a/index.html")).orElseThrow();
        assertFalse(after.sameAs(OutputStamp.of(out, files).orElseThrow()));
        // a path that is a folder where a file is recorded gives no stamp
        Files.delete(out.resolve("d.xml"));
        Files.createDirectories(out.resolve("d.xml"));
        assertTrue(stamp.after(out, files, Set.of("d.xml")).isEmpty());
    }

    @Test
    void aFolderIsFoundAsRecordedUntilAnotherHandAddsOrWritesOverAFile() throws IOException {
        Set<String> files = threeFiles(new Random(7));
        OutputStamp whole = OutputStamp.of(out, files).orElseThrow();
        assertEquals(Set.of("", "a", "b", "b/c"), folders(whole).keySet());
        assertTrue(asRecorded(whole, files).sameAs(whole));

        // a file added beside the recorded ones changes its folder's time
        Recording recording = recording(files);
        Files.writeString(out.resolve("b/c/extra.html"), "x");
        assertTrue(foundAs(recording).isEmpty());
        Files.delete(out.resolve("b/c/extra.html"));
        assertTrue(foundAs(recording).isEmpty(), "the folder's time stays changed");

        // found as recorded again, then a file written over at the same size, at another time
        recording = recording(files);
        assertTrue(foundAs(recording).isPresent());
        Files.writeString(out.resolve("d.xml"), "y".repeat((int) Files.size(out.resolve("d.xml"))));
        Files.setLastModifiedTime(out.resolve("d.xml"), FileTime.fromMillis(clock + 5_000));
        assertTrue(foundAs(recording).isEmpty());

        // a file recorded that is gone
        recording = recording(files);
        Files.delete(out.resolve("a/index.html"));
        assertTrue(foundAs(recording).isEmpty());
    }

    /** Three files, two of them in folders, written. */
    private Set<String> threeFiles(Random random) throws IOException {
        Set<String> files = new TreeSet<>(List.of("a/index.html", "b/c/index.html", "d.xml"));
        for (String file : files) {
            write(file, random);
        }
        return files;
    }

    /** What a build records of the folder holding {@code files} as it is now. */
    private Recording recording(Set<String> files) throws IOException {
        OutputStamp whole = OutputStamp.of(out, files).orElseThrow();
        return new Recording(records(whole, files), folders(whole));
    }

    /** The files and folders a build recorded. */
    private record Recording(Map<String, FileRecord> files, Map<String, Long> folders) {
    }

    /** The stamp as a build that finds the folder as {@code stamp} describes it has it. */
    private OutputStamp asRecorded(OutputStamp stamp, Set<String> files) throws IOException {
        return foundAs(new Recording(records(stamp, files), folders(stamp))).orElseThrow();
    }

    /** The folder's stamp, when it is found as {@code recording} has it. */
    private Optional<OutputStamp> foundAs(Recording recording) {
        return OutputStamp.recorded(out, recording.files(), recording.folders());
    }

    /** What a build records of {@code files} with {@code stamp}: each file's size, and its time stamped. */
    private Map<String, FileRecord> records(OutputStamp stamp, Set<String> files) throws IOException {
        Map<String, FileRecord> records = new HashMap<>();
        for (String file : files) {
            records.put(file, new FileRecord("key", null, Files.size(out.resolve(file)), stamp.modified(file)));
        }
        return records;
    }

    private static Map<String, Long> folders(OutputStamp stamp) throws IOException {
        Map<String, Long> folders = new HashMap<>();
        stamp.forEachFolder(folders::put);
        assertEquals(folders.size(), stamp.folderCount());
        return folders;
    }

    private static String randomPath(Random random) {
        int depth = random.nextInt(4);
        StringBuilder path = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            path.append((char) ('a' + random.nextInt(3))).append('/');
        }
        return path.append("f").append(random.nextInt(5)).append(".html").toString();
    }

    /** Writes the file with new bytes and a time after every earlier one, as a later build would. */
    private void write(String path, Random random) throws IOException {
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x".repeat(random.nextInt(20)));
        clock += 1_000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
    }
}
