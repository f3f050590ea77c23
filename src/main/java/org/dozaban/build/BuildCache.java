package org.dozaban.build;

import org.dozaban.publish.FileRecord;
import org.dozaban.publish.OutputTree;
import org.dozaban.render.BodyStore;
import org.dozaban.work.ByteReader;
import org.dozaban.work.NewFiles;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The build cache, a folder of its own beside the output folder ({@code .dozaban-cache/}, git-ignored):
 *
 * <ul>
 *   <li>{@code bodies/}: each article's rendered body and summary, by a key of its source and language,
 *       so that an unchanged article is not converted again;</li>
 *   <li>{@code <output folder name>.state}: what the last build wrote, each file with the key of its inputs
 *       and its size, and a stamp of the output folder to notice any change made there since, so that a
 *       page whose inputs have not changed is not rendered again; and the summary of every article, which
 *       every list needs.</li>
 * </ul>
 *
 * Everything is keyed also by the inputs every page depends on: the templates (the names of their assets,
 * not their bytes), {@code site.yaml}, {@code topics.yaml}, {@code authors.yaml}, the interface strings and
 * the version of the tool. When any
 * of them changes, the state is ignored and every page is rendered again; bodies stay valid while the
 * tool is the same. A clean build ({@code --clean}) reads nothing that an earlier build stored: it makes
 * every body and entry again and stores it. A build that renders removes the bodies of other versions of
 * the tool, and a clean build every entry it did not store, so the cache does not grow with every edit
 * and upgrade.
 */
final class BuildCache implements BodyStore {

    private static final int FORMAT = 6;

    private final Path bodies;
    private final Path stateFile;
    private final String siteKey;
    private final Map<String, FileRecord> files;
    private final Map<String, String> summaries;
    private final Map<String, String> newSummaries = new ConcurrentHashMap<>();
    private final Recorded recorded;
    /** The stamp of the output folder when it was found as the last build left it; else empty. */
    private Optional<OutputStamp> found = Optional.empty();
    /**
     * Whether this build ignores what is cached: it reads only the entries it stored itself, and at the end
     * removes all others.
     */
    private final boolean clean;
    /** The keys of the entries this build stored, when it is clean. */
    private final Set<String> made = ConcurrentHashMap.newKeySet();
    /** Folders of the cache known to exist: each is made once. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    /** Whether what is stored is dropped: a cache only read from, while a build may be using it. */
    private final boolean readOnly;

    /**
     * What the last build was made from and made, besides its files.
     *
     * @param fingerprint the {@link SiteFingerprint} of its inputs
     * @param pages       the files its render produced
     * @param assets      the asset files it copied
     * @param folders     the modification time of each folder of the output folder it left, by site-relative
     *                    path, which with the size and time of each file is its {@link OutputStamp}; empty when
     *                    that could not be made
     */
    record Recorded(String fingerprint, int pages, int assets, Map<String, Long> folders) {
        static final Recorded NOTHING = new Recorded("", 0, 0, Map.of());

        // written out: a record's generated equals and hashCode are linked at their first call, which every
        // build makes
        @Override
        public boolean equals(Object other) {
            return other instanceof Recorded recorded && fingerprint.equals(recorded.fingerprint)
                    && pages == recorded.pages && assets == recorded.assets && folders.equals(recorded.folders);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fingerprint, pages, assets, folders);
        }
    }

    private BuildCache(Path bodies, Path stateFile, String siteKey, Map<String, FileRecord> files,
                       Map<String, String> summaries, Recorded recorded, boolean clean, boolean readOnly) {
        this.readOnly = readOnly;
        this.recorded = recorded;
        this.clean = clean;
        this.bodies = bodies;
        this.stateFile = stateFile;
        this.siteKey = siteKey;
        this.files = files;
        this.summaries = summaries;
    }

    /**
     * Opens the cache of {@code out} in {@code dir}.
     *
     * @param toolKey identifies the running tool: bodies made by another version are not used
     * @param siteKey identifies every input all pages depend on
     * @param clean   start from nothing, ignoring what is cached
     */
    static BuildCache open(Path dir, Path out, String toolKey, String siteKey, boolean clean) throws IOException {
        Path bodies = dir.resolve("bodies").resolve(toolKey.substring(0, 16));
        Path stateFile = dir.resolve(out.toAbsolutePath().normalize().getFileName() + ".state");
        Map<String, FileRecord> files = new HashMap<>();
        Map<String, String> summaries = new ConcurrentHashMap<>();
        Recorded recorded = clean ? Recorded.NOTHING : readState(stateFile, toolKey + siteKey, files, summaries);
        return new BuildCache(bodies, stateFile, toolKey + siteKey, files, summaries, recorded, clean, false);
    }

    /**
     * The bodies and other data in the cache {@code dir}, made by the tool {@code toolKey}, only to be read:
     * what is stored in it is dropped. Knows nothing of the last build's output.
     */
    static BodyStore reading(Path dir, String toolKey) {
        return new BuildCache(dir.resolve("bodies").resolve(toolKey.substring(0, 16)), null, toolKey, new TreeMap<>(),
                new ConcurrentHashMap<>(), Recorded.NOTHING, false, true);
    }

    /** What the last build was made from; {@link Recorded#NOTHING} when the cache is cold or out of date. */
    Recorded recorded() {
        return recorded;
    }

    /**
     * Whether the output folder is as the last build left it: every file it recorded still there, of the
     * same size and modification time, and no folder holding them changed since (see {@link OutputStamp}).
     */
    boolean outputIntact(Path out) {
        if (files.isEmpty() || recorded.folders().isEmpty() || !Files.isDirectory(out)) {
            return false;
        }
        found = OutputStamp.recorded(out, files, recorded.folders());
        return found.isPresent();
    }

    /** What the last build recorded of each output file; empty when the cache is cold or out of date. */
    Map<String, FileRecord> files() {
        return files;
    }

    @Override
    public Optional<String> summary(String key) {
        if (!readable(key)) {
            return Optional.empty();
        }
        String summary = summaries.get(key);
        if (summary != null) {
            newSummaries.put(key, summary);
            return Optional.of(summary);
        }
        return Optional.ofNullable(readLayout(key)).map(Layout::summary).map(s -> {
            newSummaries.put(key, s);
            return s;
        });
    }

    @Override
    public Optional<Stored> body(String key) {
        if (!readable(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(readLayout(key)).map(layout -> new Stored(layout.html(), layout.text()));
    }

    @Override
    public void put(String key, String html, String summary, String searchText) {
        newSummaries.put(key, summary);
        // the summary on a line, the search text's length in bytes on the next, then the text and the HTML:
        // the text can be read without the HTML, and a body cut short is not taken
        byte[] text = searchText.getBytes(StandardCharsets.UTF_8);
        byte[] head = (summary + "\n" + text.length + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] rest = html.getBytes(StandardCharsets.UTF_8);
        byte[] stored = Arrays.copyOf(head, head.length + text.length + rest.length);
        System.arraycopy(text, 0, stored, head.length, text.length);
        System.arraycopy(rest, 0, stored, head.length + text.length, rest.length);
        store(key, bodyFile(key), folder -> NewFiles.write(folder, ".store-", stored));
    }

    @Override
    public Optional<byte[]> data(String key) {
        if (!readable(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(dataFile(key)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void putData(String key, byte[] data) {
        store(key, dataFile(key), folder -> NewFiles.write(folder, ".store-", data));
    }

    @Override
    public void putData(String key, NewFiles.Content writer) {
        store(key, dataFile(key), folder -> NewFiles.write(folder, ".store-", writer));
    }

    /** Writes a new file of a cache folder, to be moved into place, and returns it. */
    @FunctionalInterface
    private interface Written {
        Path in(Path folder) throws IOException;
    }

    /**
     * Writes a cache file through a temporary file moved into place, so that a reader never sees half of it.
     * The cache only saves time: what cannot be stored is made again next time.
     */
    private void store(String key, Path file, Written written) {
        if (readOnly) {
            return;
        }
        try {
            Path folder = file.getParent();
            if (!folders.containsKey(folder)) {
                Files.createDirectories(folder);
                folders.put(folder, Boolean.TRUE);
            }
            Path temp = written.in(folder);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                if (clean) {
                    made.add(key);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        } catch (IOException e) {
            // made again next time
        }
    }

    private Path dataFile(String key) {
        return bodies.resolve(key.substring(0, 2)).resolve(key + ".data");
    }

    /** Where the parts of a stored body are in its bytes: the summary, then the text, then the HTML. */
    private record Layout(byte[] bytes, int summaryEnd, int textStart, int textEnd) {

        /** The layout of {@code bytes}, or null when they are not a whole body. */
        static Layout of(byte[] bytes) {
            int first = indexOf(bytes, 0);
            int second = first < 0 ? -1 : indexOf(bytes, first + 1);
            if (second < 0 || second == first + 1 || second - first > 11) {
                return null;
            }
            long length = 0;
            for (int i = first + 1; i < second; i++) {
                if (bytes[i] < '0' || bytes[i] > '9') {
                    return null;
                }
                length = length * 10 + (bytes[i] - '0');
            }
            if (second + 1 + length > bytes.length) {
                return null;
            }
            return new Layout(bytes, first, second + 1, second + 1 + (int) length);
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        String summary() {
            return new String(bytes, 0, summaryEnd, StandardCharsets.UTF_8);
        }

        String text() {
            return new String(bytes, textStart, textEnd - textStart, StandardCharsets.UTF_8);
        }

        String html() {
            return new String(bytes, textEnd, bytes.length - textEnd, StandardCharsets.UTF_8);
        }
    }

    /** The layout of the body stored under {@code key}, or null when there is none or it is not whole. */
    private Layout readLayout(String key) {
        try {
            return Layout.of(Files.readAllBytes(bodyFile(key)));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public Optional<String> searchText(String key) {
        if (!readable(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(readLayout(key)).map(Layout::text);
    }

    private Path bodyFile(String key) {
        return bodies.resolve(key.substring(0, 2)).resolve(key);
    }

    /**
     * What the state file records after its header: the files this build wrote into {@code folder}, with
     * the {@link OutputStamp} of the folder as the build leaves it, and the summaries. When the build found
     * the folder intact, only the files it wrote or removed ({@code changed}) and the folders above them are
     * looked up again for the stamp. Made apart from {@link #save}, on another thread while the build
     * records its addresses: the summaries are all there once the render is over.
     */
    byte[] stateBody(Path folder, Map<String, FileRecord> written, Collection<String> changed) throws IOException {
        Optional<OutputStamp> stamp = found.isPresent() ? found.get().after(folder, written.keySet(), changed)
                : OutputStamp.of(folder, written.keySet());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(written.size() * 160 + newSummaries.size() * 400);
        DataOutputStream out = new DataOutputStream(bytes);
        // in no order: the state is read into maps
        out.writeInt(written.size());
        for (Map.Entry<String, FileRecord> entry : written.entrySet()) {
            ByteReader.writeString(out, entry.getKey());
            ByteReader.writeString(out, entry.getValue().key());
            ByteReader.writeString(out, entry.getValue().inputs() == null ? "" : entry.getValue().inputs());
            out.writeLong(entry.getValue().size());
            out.writeLong(stamp.map(found -> found.modified(entry.getKey())).orElse(FileRecord.UNKNOWN));
        }
        out.writeInt(stamp.map(OutputStamp::folderCount).orElse(0));
        if (stamp.isPresent()) {
            stamp.get().forEachFolder((path, time) -> {
                ByteReader.writeString(out, path);
                out.writeLong(time);
            });
        }
        out.writeInt(newSummaries.size());
        for (Map.Entry<String, String> entry : newSummaries.entrySet()) {
            ByteReader.writeString(out, entry.getKey());
            ByteReader.writeString(out, entry.getValue());
        }
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * Records what this build wrote, replacing the state file atomically: the fingerprint of the inputs, the
     * counts of pages and assets, then {@code body}, this build's {@link #stateBody}.
     */
    void save(byte[] body, String fingerprint, int pages, int assets) throws IOException {
        Files.createDirectories(stateFile.getParent());
        Path temp = NewFiles.write(stateFile.getParent(), ".state-", stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(FORMAT);
            ByteReader.writeString(out, siteKey);
            ByteReader.writeString(out, fingerprint);
            out.writeInt(pages);
            out.writeInt(assets);
            out.write(body);
            out.flush();
        });
        Files.move(temp, stateFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOtherVersions();
        if (clean) {
            removeUnused();
        }
    }

    /** Whether this build reads the entry {@code key}: any, unless it is clean, which reads only what it stored. */
    private boolean readable(String key) {
        return !clean || made.contains(key);
    }

    /** Removes the entries made by other versions of the tool, which this one never reads. */
    private void removeOtherVersions() {
        try (Stream<Path> versions = Files.list(bodies.getParent())) {
            for (Path version : versions.filter(v -> !v.equals(bodies)).toList()) {
                OutputTree.deleteTree(version);
            }
        } catch (IOException e) {
            // the cache only saves time: what is left is removed next time
        }
    }

    /**
     * Removes the entries this build did not store, and temporary files left by a build that was stopped. A
     * clean build makes every article's entries again, so what it did not store belongs to articles or
     * versions of articles that are gone.
     */
    private void removeUnused() {
        if (!Files.isDirectory(bodies)) {
            return;
        }
        try (Stream<Path> files = Files.walk(bodies, 2)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String key = name.endsWith(".data") ? name.substring(0, name.length() - ".data".length()) : name;
                if (!made.contains(key)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // what is left is removed by the next clean build
        }
    }

    /** Forgets the state, so that the next build trusts nothing in the output folder. */
    void forget() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    private static Recorded readState(Path file, String siteKey, Map<String, FileRecord> files,
                                      Map<String, String> summaries) {
        try {
            ByteReader in = new ByteReader(Files.readAllBytes(file));
            if (in.readInt() != FORMAT || !in.readString().equals(siteKey)) {
                return Recorded.NOTHING;
            }
            String fingerprint = in.readString();
            int pages = in.readInt();
            int assets = in.readInt();
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String path = in.readString();
                String key = in.readString();
                String inputs = in.readString();
                files.put(path, new FileRecord(key, inputs.isEmpty() ? null : inputs, in.readLong(), in.readLong()));
            }
            int folderCount = in.readInt();
            Map<String, Long> folders = new HashMap<>(folderCount * 4 / 3 + 1);
            for (int i = 0; i < folderCount; i++) {
                folders.put(in.readString(), in.readLong());
            }
            Recorded recorded = new Recorded(fingerprint, pages, assets, folders);
            int summaryCount = in.readInt();
            for (int i = 0; i < summaryCount; i++) {
                summaries.put(in.readString(), in.readString());
            }
            return recorded;
        } catch (NoSuchFileException e) {
            // a first build
        } catch (IOException | RuntimeException e) {
            // an unreadable state only costs a full render
            files.clear();
            summaries.clear();
        }
        return Recorded.NOTHING;
    }

}
