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
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The output folder as the file system describes it: the size and modification time of each file a build
 * wrote, and the modification time of each folder holding them. A file added, removed or renamed changes
 * its folder's time; a file written over changes its own. Looking up each file and folder by name is
 * several times quicker than listing the folders (a folder per page), and a build that finds nothing to do
 * spends most of its time here. The build state records it, and the next build compares it with the
 * folder's, path by path.
 *
 * <p>A stamp is what the last build recorded, as a build found it, with the paths looked up since over it:
 * a build that changes a few files looks up only those and the folders above them, and neither copies nor
 * goes over the tens of thousands of paths it found as recorded.
 */
final class OutputStamp {

    /** No size: a folder's. */
    private static final long FOLDER = -1;

    /** The files as recorded and found so, by site-relative path: their sizes and modification times. */
    private final Map<String, FileRecord> recordedFiles;
    /** The folders as recorded and found so: their modification times. */
    private final Map<String, Long> recordedFolders;
    /** Per path looked up since: its size ({@link #FOLDER} for a folder) and modification time in nanoseconds. */
    private final Map<String, long[]> looked;
    /** How many of the paths are files. */
    private final int files;

    private OutputStamp(Map<String, FileRecord> recordedFiles, Map<String, Long> recordedFolders,
                        Map<String, long[]> looked, int files) {
        this.recordedFiles = recordedFiles;
        this.recordedFolders = recordedFolders;
        this.looked = looked;
        this.files = files;
    }

    /** The modification time of {@code file}, one of those stamped, in nanoseconds. */
    long modified(String file) {
        long[] stat = looked.get(file);
        return stat != null ? stat[1] : recordedFiles.get(file).modified();
    }

    /** How many folders are stamped. */
    int folderCount() {
        int count = recordedFolders.size();
        for (Map.Entry<String, long[]> path : looked.entrySet()) {
            if (path.getValue()[0] == FOLDER && !recordedFolders.containsKey(path.getKey())) {
                count++;
            }
        }
        return count;
    }

    /** What is done with a folder's path and time. */
    @FunctionalInterface
    interface FolderAction {
        void accept(String path, long time) throws IOException;
    }

    /** Gives each folder stamped, by site-relative path ({@code ""} for the folder itself), with its time. */
    void forEachFolder(FolderAction action) throws IOException {
        for (Map.Entry<String, Long> folder : recordedFolders.entrySet()) {
            if (!looked.containsKey(folder.getKey())) {
                action.accept(folder.getKey(), folder.getValue());
            }
        }
        for (Map.Entry<String, long[]> path : looked.entrySet()) {
            if (path.getValue()[0] == FOLDER) {
                action.accept(path.getKey(), path.getValue()[1]);
            }
        }
    }

    /** The size ({@link #FOLDER} for a folder) and time of {@code path} as stamped; null when it is not. */
    private long[] known(String path) {
        long[] stat = looked.get(path);
        if (stat != null) {
            return stat;
        }
        FileRecord file = recordedFiles.get(path);
        if (file != null) {
            return new long[] {file.size(), file.modified()};
        }
        Long folder = recordedFolders.get(path);
        return folder == null ? null : new long[] {FOLDER, folder};
    }

    /**
     * The stamp of {@code out} as recorded, when every one of {@code files} is there with its recorded size
     * and modification time, and every one of {@code folders} with its recorded time; else empty. The folders
     * recorded are those above the files recorded, as the build that recorded them found them, so that a
     * file added anywhere in the folder changes the time of one of them.
     */
    static Optional<OutputStamp> recorded(Path out, Map<String, FileRecord> files, Map<String, Long> folders) {
        boolean same = files.entrySet().parallelStream().allMatch(file -> {
            long[] stat = stat(out, file.getKey(), true);
            return stat != null && stat[0] == file.getValue().size() && stat[1] == file.getValue().modified();
        }) && folders.entrySet().parallelStream().allMatch(folder -> {
            long[] stat = stat(out, folder.getKey(), false);
            return stat != null && stat[1] == folder.getValue();
        });
        return same ? Optional.of(new OutputStamp(files, folders, Map.of(), files.size())) : Optional.empty();
    }

    /**
     * The stamp of {@code out} holding {@code files} (site-relative, with {@code /}); empty when one of them
     * is missing or is not a regular file.
     */
    static Optional<OutputStamp> of(Path out, Collection<String> files) {
        return stamp(out, files, path -> null, Set.of());
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
            long[] before = known(path);
            added += before == null || before[0] == FOLDER ? 1 : 0;
            removed |= !files.contains(path);
        }
        if (removed || files.size() != this.files + added) {
            // a file is gone, and maybe the folders that held it: every path is gone over
            return stamp(out, files, this::known, again);
        }
        // only files written and added: every other path is as this stamp has it, and the folders of the
        // added files are among those looked up again
        Map<String, long[]> now = new HashMap<>(looked);
        for (String path : again) {
            long[] stat = stat(out, path, files.contains(path));
            if (stat == null) {
                return Optional.empty();
            }
            now.put(path, stat);
        }
        return Optional.of(new OutputStamp(recordedFiles, recordedFolders, now, files.size()));
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
    private static Optional<OutputStamp> stamp(Path out, Collection<String> files, Function<String, long[]> known,
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
            long[] before = again.contains(path) ? null : known.apply(path);
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
        return Optional.of(new OutputStamp(Map.of(), Map.of(), stats, fileCount));
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
        Map<String, long[]> mine = paths();
        Map<String, long[]> theirs = other.paths();
        if (files != other.files || mine.size() != theirs.size()) {
            return false;
        }
        for (Map.Entry<String, long[]> entry : mine.entrySet()) {
            long[] their = theirs.get(entry.getKey());
            if (their == null || their[0] != entry.getValue()[0] || their[1] != entry.getValue()[1]) {
                return false;
            }
        }
        return true;
    }

    /** Every path stamped, with its size and time. */
    private Map<String, long[]> paths() {
        Set<String> all = new HashSet<>(recordedFiles.keySet());
        all.addAll(recordedFolders.keySet());
        all.addAll(looked.keySet());
        Map<String, long[]> paths = new HashMap<>();
        all.forEach(path -> paths.put(path, known(path)));
        return paths;
    }
}
