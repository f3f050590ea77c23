package org.dozaban.build;

import org.dozaban.publish.FileRecord;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The output folder as the file system describes it: the size and modification time of each file a build
 * wrote, and the modification time of each folder holding them. A file added, removed or renamed changes
 * its folder's time; a file written over changes its own. Looking up each file and folder by name is
 * several times quicker than listing the folders (a folder per page), and a build that finds nothing to do
 * spends most of its time here. The build state records it, and the next build compares it with the
 * folder's, path by path.
 */
final class OutputStamp {

    /** No size: a folder's. */
    private static final long FOLDER = -1;

    /** Per path: its size ({@link #FOLDER} for a folder) and modification time in nanoseconds. */
    private final Map<String, long[]> stats;
    /** How many of the paths are files. */
    private final int files;

    private OutputStamp(Map<String, long[]> stats, int files) {
        this.stats = stats;
        this.files = files;
    }

    /** The modification time of {@code file}, one of those stamped, in nanoseconds. */
    long modified(String file) {
        return stats.get(file)[1];
    }

    /** The modification time of each folder stamped, by site-relative path ({@code ""} for the folder itself). */
    Map<String, Long> folders() {
        Map<String, Long> folders = new HashMap<>();
        stats.forEach((path, stat) -> {
            if (stat[0] == FOLDER) {
                folders.put(path, stat[1]);
            }
        });
        return folders;
    }

    /**
     * Whether this stamp is the one recorded as {@code files}, each of its recorded size and modification
     * time, and {@code folders}, each of its recorded modification time.
     */
    boolean is(Map<String, FileRecord> files, Map<String, Long> folders) {
        if (stats.size() != files.size() + folders.size()) {
            return false;
        }
        for (Map.Entry<String, FileRecord> file : files.entrySet()) {
            long[] stat = stats.get(file.getKey());
            if (stat == null || stat[0] != file.getValue().size() || stat[1] != file.getValue().modified()) {
                return false;
            }
        }
        for (Map.Entry<String, Long> folder : folders.entrySet()) {
            long[] stat = stats.get(folder.getKey());
            if (stat == null || stat[0] != FOLDER || stat[1] != folder.getValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stamp of {@code out} holding {@code files} (site-relative, with {@code /}); empty when one of them
     * is missing or is not a regular file.
     */
    static Optional<OutputStamp> of(Path out, Collection<String> files) {
        return stamp(out, files, Map.of(), Set.of());
    }

    /**
     * The stamp of {@code out} holding {@code files}, after a build that found it as this stamp says and
     * then wrote or removed only the files {@code changed}: only those and the folders above them are looked
     * up again, and what this stamp has of every other path is taken as it is. The same as {@link #of} as
     * long as nothing else changed the folder meanwhile; when something did, the stamp differs from the
     * folder's, and the next build finds the folder changed.
     */
    Optional<OutputStamp> after(Path out, Collection<String> files, Collection<String> changed) {
        Set<String> again = new HashSet<>();
        again.add("");
        int added = 0;
        boolean removed = false;
        for (String path : changed) {
            again.add(path);
            addFoldersAbove(path, again);
            long[] before = stats.get(path);
            added += before == null || before[0] == FOLDER ? 1 : 0;
            removed |= !files.contains(path);
        }
        if (removed || files.size() != this.files + added) {
            // a file is gone, and maybe the folders that held it: every path is gone over
            return stamp(out, files, stats, again);
        }
        // only files written and added: every other path is as this stamp has it, and the folders of the
        // added files are among those looked up again
        Map<String, long[]> now = new HashMap<>(stats);
        for (String path : again) {
            long[] stat = stat(out, path, files.contains(path));
            if (stat == null) {
                return Optional.empty();
            }
            now.put(path, stat);
        }
        return Optional.of(new OutputStamp(now, files.size()));
    }

    /**
     * Adds the folders holding {@code path} to {@code folders}, nearest first, stopping at one already there:
     * only whole chains of folders are ever added, so the ones above it are there too.
     */
    private static void addFoldersAbove(String path, Set<String> folders) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (!folders.add(path.substring(0, slash))) {
                return;
            }
        }
    }

    /** Looks up every path but those {@code known} has and {@code again} does not name. */
    private static Optional<OutputStamp> stamp(Path out, Collection<String> files, Map<String, long[]> known,
                                               Set<String> again) {
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String file : files) {
            addFoldersAbove(file, folders);
        }
        List<String> paths = new ArrayList<>(files.size() + folders.size());
        paths.addAll(files);
        int fileCount = paths.size();
        paths.addAll(folders);
        long[][] found = new long[paths.size()][];
        boolean whole = IntStream.range(0, paths.size()).parallel().allMatch(i -> {
            String path = paths.get(i);
            boolean file = i < fileCount;
            long[] before = again.contains(path) ? null : known.get(path);
            if (before != null && (before[0] == FOLDER) != file) {
                found[i] = before;
                return true;
            }
            found[i] = stat(out, path, file);
            return found[i] != null;
        });
        if (!whole) {
            return Optional.empty();
        }
        Map<String, long[]> stats = new HashMap<>(paths.size() * 4 / 3 + 1);
        for (int i = 0; i < paths.size(); i++) {
            stats.put(paths.get(i), found[i]);
        }
        return Optional.of(new OutputStamp(stats, fileCount));
    }

    /** The size and time of {@code path} in {@code out}; null when it is not a file ({@code file}) or folder. */
    private static long[] stat(Path out, String path, boolean file) {
        try {
            // the output folder itself may be a link; nothing in it is followed
            BasicFileAttributes attributes = path.isEmpty()
                    ? Files.readAttributes(out, BasicFileAttributes.class)
                    : Files.readAttributes(out.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (file ? !attributes.isRegularFile() : !attributes.isDirectory()) {
                return null;
            }
            return new long[] {file ? attributes.size() : FOLDER, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether {@code other} has the same paths, each of the same size and time. */
    boolean sameAs(OutputStamp other) {
        if (files != other.files || stats.size() != other.stats.size()) {
            return false;
        }
        for (Map.Entry<String, long[]> entry : stats.entrySet()) {
            long[] theirs = other.stats.get(entry.getKey());
            if (theirs == null || theirs[0] != entry.getValue()[0] || theirs[1] != entry.getValue()[1]) {
                return false;
            }
        }
        return true;
    }
}
