package org.dozaban.publish;

import org.dozaban.render.PageSink;
import org.dozaban.text.KeyHash;
import org.dozaban.work.NewFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * An output folder updated in place, file by file, so that a file whose bytes do not change is never
 * rewritten and keeps its modification time.
 *
 * <p>New and changed files are first written into a staging folder beside the output folder, side by side
 * under numbers. Nothing in the output folder changes until {@link #commit}, which moves each staged file
 * over its old version with an atomic rename and then removes files the site no longer has; when there is
 * no output folder yet, the files are staged in the folders they will have, and the staging folder is
 * renamed into its place whole. A build that fails before the commit
 * leaves the output folder as it was; one killed during the commit leaves every file with either its old
 * bytes or its new ones, and the next build completes the job. Staging folders left by killed builds are
 * removed when the next build starts.
 */
public final class OutputTree implements PageSink {

    private final Path out;
    private final Path staging;
    private final Map<String, FileRecord> previous;
    private final Map<String, FileRecord> produced = new ConcurrentHashMap<>();
    /** The files staged, by site-relative path: where each is in the staging folder. */
    private final Map<String, Path> staged = new ConcurrentHashMap<>();
    /** The number of the last file staged side by side with the others, in an update. */
    private final AtomicInteger stagedCount = new AtomicInteger();
    /** How many of the files of {@link #previous} were produced again: when all were, none is stale. */
    private final AtomicInteger producedAgain = new AtomicInteger();
    /** The files written into the output folder or removed from it, by site-relative path. */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    /** Folders made in the staging folder so far, each made once. */
    private final Map<Path, Boolean> stagingFolders = new ConcurrentHashMap<>();
    /** Whether the staging folder can become the output folder, which did not exist when the build began. */
    private final boolean whole;

    /** Whether the output folder holds the files of {@link #previous} and nothing else. */
    private final boolean onlyRecorded;

    private OutputTree(Path out, Path staging, Map<String, FileRecord> previous, boolean whole, boolean onlyRecorded) {
        this.out = out;
        this.staging = staging;
        this.previous = Collections.unmodifiableMap(previous);
        this.whole = whole;
        this.onlyRecorded = onlyRecorded;
    }

    /**
     * Opens {@code out} for an update: removes what killed builds left beside it and makes a fresh
     * staging folder.
     *
     * @param previous what the last build recorded of each file, by site-relative path; empty for a build
     *                 that trusts nothing of the folder's contents
     */
    public static OutputTree open(Path out, Map<String, FileRecord> previous) throws IOException {
        return open(out, previous, false);
    }

    /**
     * {@link #open(Path, Map)}; with {@code onlyRecorded}, the caller has checked that the output folder
     * holds the files of {@code previous}, each of the recorded size and modification time, and nothing
     * else: the files this build does not produce are found among them without walking the folder, and a
     * file kept is not looked up again.
     */
    public static OutputTree open(Path out, Map<String, FileRecord> previous, boolean onlyRecorded)
            throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        removeLeftovers(parent, target.getFileName().toString());
        boolean first = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        // made as any new folder is: a first build moves it into place whole, as the output folder
        Path staging = NewFiles.folder(parent, stagingPrefix(target));
        return new OutputTree(target, staging, previous, first, !first && onlyRecorded);
    }

    private static String stagingPrefix(Path target) {
        return "." + target.getFileName() + "-new-";
    }

    /** Deletes the staging and set-aside folders of earlier builds of {@code name} that did not finish. */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                "." + name + "-{new,old}-*")) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(entry);
                }
            }
        }
    }

    /**
     * Whether {@code path} is in place as the last build recorded it with {@code key}. When the caller found
     * the output folder holding exactly the recorded files ({@code onlyRecorded}), it has compared the size
     * and modification time of each already; otherwise the file is looked up.
     */
    @Override
    public boolean unchanged(String path, String key, String inputs) {
        FileRecord before = previous.get(path);
        if (before == null || !before.key().equals(key)) {
            return false;
        }
        if (!onlyRecorded && !inPlace(path, before)) {
            return false;
        }
        FileRecord now = Objects.equals(inputs, before.inputs()) ? before
                : new FileRecord(before.key(), inputs, before.size(), before.modified());
        if (produced.put(path, now) == null) {
            producedAgain.incrementAndGet();
        }
        return true;
    }

    private boolean inPlace(String path, FileRecord before) {
        try {
            BasicFileAttributes found = Files.readAttributes(resolve(out, path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return found.isRegularFile() && found.size() == before.size()
                    && (before.modified() == FileRecord.UNKNOWN
                    || found.lastModifiedTime().to(TimeUnit.NANOSECONDS) == before.modified());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String keptKey(String path, String inputs) {
        FileRecord before = previous.get(path);
        return inputs != null && before != null && inputs.equals(before.inputs()) ? before.key() : null;
    }

    @Override
    public void write(String path, String key, String inputs, String content) throws IOException {
        take(path, key, inputs, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Takes {@code source} as the file {@code path}, keyed by its own bytes. */
    public void copy(Path source, String path) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        String key = "file:" + KeyHash.of(bytes);
        if (!unchanged(path, key)) {
            take(path, key, null, bytes);
        }
    }

    /** Records the file and stages it, unless the output folder has these bytes there already. */
    private void take(String path, String key, String inputs, byte[] bytes) throws IOException {
        if (produced.putIfAbsent(path, new FileRecord(key, inputs, bytes.length)) != null) {
            throw new IllegalStateException("two files at " + path);
        }
        if (previous.containsKey(path)) {
            producedAgain.incrementAndGet();
        }
        // an output folder that did not exist has no file to compare with
        if (whole) {
            Path file = resolve(staging, path);
            makeStagingFolder(file.getParent());
            Files.write(file, bytes);
            staged.put(path, file);
        } else if (!sameBytes(resolve(out, path), bytes)) {
            // side by side, each moved to its place by the commit: no folder to make for it here, nor to
            // delete after
            Path file = staging.resolve(stagedCount.incrementAndGet() + ".staged");
            Files.write(file, bytes);
            staged.put(path, file);
        }
    }

    /** Makes {@code folder} in the staging folder, once however many files go into it. */
    private void makeStagingFolder(Path folder) throws IOException {
        try {
            stagingFolders.computeIfAbsent(folder, f -> {
                try {
                    Files.createDirectories(f);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether {@code file} is a regular file holding exactly {@code bytes}. */
    public static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != bytes.length) {
                return false;
            }
            return Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Moves the staged files into the output folder, removes files and folders the site no longer has,
     * and deletes the staging folder.
     *
     * @return what this build recorded of each file, for the next one
     */
    public Map<String, FileRecord> commit() throws IOException {
        if (whole && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            // every file is staged: one rename puts them all in place
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            changed.addAll(staged.keySet());
            return Collections.unmodifiableMap(produced);
        }
        Files.createDirectories(out);
        List<String> paths = new ArrayList<>(staged.keySet());
        paths.sort(null);
        Set<Path> folders = new HashSet<>();
        for (String path : paths) {
            Path target = resolve(out, path);
            if (folders.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(target);
            }
            Files.move(staged.get(path), target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            changed.add(path);
        }
        if (onlyRecorded) {
            removeRecordedStale();
        } else {
            removeStale();
        }
        deleteTree(staging);
        return Collections.unmodifiableMap(produced);
    }

    /** Abandons the update: the output folder stays as it was. */
    public void abandon() throws IOException {
        deleteTree(staging);
    }

    /** Files written into the output folder, or removed from it, by {@link #commit}. */
    public int changedFiles() {
        return changed.size();
    }

    /** The site-relative paths of the files {@link #commit} wrote or removed, sorted. */
    public List<String> changedPaths() {
        return changed.stream().sorted().toList();
    }

    /**
     * Deletes the recorded files this build did not produce, then the folders left without a file, deepest
     * first: the output folder holds nothing else, so it is not walked.
     */
    private void removeRecordedStale() throws IOException {
        if (producedAgain.get() == previous.size()) {
            return;
        }
        List<String> stale = new ArrayList<>();
        for (String path : previous.keySet()) {
            if (!produced.containsKey(path)) {
                stale.add(path);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        Set<String> kept = new HashSet<>();
        for (String path : produced.keySet()) {
            for (int slash = path.lastIndexOf('/'); slash > 0 && kept.add(path.substring(0, slash));
                 slash = path.lastIndexOf('/', slash - 1)) {
                // each folder above a produced file is kept
            }
        }
        Set<String> emptied = new TreeSet<>(Comparator.reverseOrder());
        for (String path : stale) {
            if (Files.deleteIfExists(resolve(out, path))) {
                changed.add(path);
            }
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                String folder = path.substring(0, slash);
                if (kept.contains(folder) || !emptied.add(folder)) {
                    break;
                }
            }
        }
        // a longer path sorts after its folder's, so in reverse order a folder comes after what it holds
        for (String folder : emptied) {
            try {
                Files.deleteIfExists(resolve(out, folder));
            } catch (DirectoryNotEmptyException e) {
                // something not of the site was put there meanwhile: left alone
            }
        }
    }

    /**
     * Deletes every file under the output folder that this build did not produce, then empty folders. The
     * top-level entries are walked side by side: the walk is most of a build that changes few files.
     */
    private void removeStale() throws IOException {
        List<Path> top;
        try (Stream<Path> list = Files.list(out)) {
            top = list.sorted().toList();
        }
        try {
            top.parallelStream().forEach(entry -> {
                try {
                    removeStale(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@link #removeStale()} under one top-level entry of the output folder, the entry included. */
    private void removeStale(Path top) throws IOException {
        // per folder being walked: how many entries it keeps, so that an emptied folder is known without
        // listing it again
        Deque<int[]> kept = new ArrayDeque<>();
        kept.push(new int[1]);
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                kept.push(new int[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = out.relativize(file).toString().replace('\\', '/');
                if (produced.containsKey(path)) {
                    kept.peek()[0]++;
                } else {
                    Files.delete(file);
                    changed.add(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (kept.pop()[0] == 0) {
                    Files.delete(dir);
                } else {
                    kept.peek()[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Path resolve(Path root, String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalStateException("file path leaves the site: " + path);
        }
        return file;
    }

    /** Deletes a folder tree if it exists, without following links out of it. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
