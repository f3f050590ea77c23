package org.dozaban.content;

import org.dozaban.work.ByteReader;
import org.dozaban.work.NewFiles;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * The articles a build read, kept between builds so that a file unchanged since is not read, parsed and
 * checked again. An article is taken from the cache only when its file has the size, modification time and
 * identity recorded with it, and when everything else its reading depends on is the same: the tool, the
 * site's languages and slug setting, and the topic list. Only articles read without any problem or warning
 * are kept, and page bundles never are (their folder is part of them), so a cached article stands for a
 * reading that found nothing to say. A file changed in the two seconds before a load is read again by the
 * next one, whatever its stamp.
 *
 * <p>The cache file holds batches of entries, each with its length and checksum: a load that only adds
 * entries to those it found appends them as a batch, rather than write the whole file again (an archive's
 * new article); any other change writes it whole. A batch cut short or mixed with another write ends the
 * file for a reader, and the next load writes it whole.
 */
public final class ArticleCache {

    private static final int FORMAT = 3;
    /** Past this many batches the file is written again whole, as one. */
    private static final int MAX_BATCHES = 256;
    /**
     * A file changed this shortly before a load is not kept: a file system whose clock is coarse could
     * give a second change in the same tick the same modification time.
     */
    private static final long RACE_MILLIS = 2_000;

    /** A cache that keeps nothing. */
    public static final ArticleCache NONE = new ArticleCache(null, "", true);

    private final Path file;
    private final String toolKey;
    private String context;
    /** The content folder of the load under way, as the load names it. */
    private Path contentDir;
    /** Files changed later than this, in nanoseconds since the epoch, are read again next time. */
    private long trustedBefore;
    private final Map<String, Entry> previous = new ConcurrentHashMap<>();
    /** Reads {@link #previous} from the file while the load looks for the content's files; done when it has. */
    private CompletableFuture<Void> reading = CompletableFuture.completedFuture(null);
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    /** Whether this load kept an article it read from its file, so that the cache file must be written. */
    private volatile boolean added;
    /** How the cache file read ended: its batches, and whether it ended after the last one; null if not read. */
    private volatile Batches batches;

    /** The batches of a cache file read, and whether it ends after the last of them, so that one may follow. */
    private record Batches(int count, boolean whole) {
    }

    private final boolean fresh;

    private ArticleCache(Path file, String toolKey, boolean fresh) {
        this.file = file;
        this.toolKey = toolKey;
        this.fresh = fresh;
    }

    /**
     * The cache kept in {@code file}; a missing, unreadable or outdated file gives an empty cache.
     *
     * @param toolKey identifies the running tool: articles read by another version are read again
     * @param fresh   start empty, ignoring what the file holds, and replace it
     */
    public static ArticleCache open(Path file, String toolKey, boolean fresh) {
        return new ArticleCache(file, toolKey, fresh);
    }

    /** What a file was when its article was read. */
    record Stamp(long size, long modified, String identity) {

        static Stamp of(Path file) throws IOException {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        }

        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    Objects.toString(attributes.fileKey(), ""));
        }

        // written out: a record's generated equals and hashCode are linked at their first call, which a
        // load makes on every build
        @Override
        public boolean equals(Object other) {
            return other instanceof Stamp stamp && size == stamp.size && modified == stamp.modified
                    && Objects.equals(identity, stamp.identity);
        }

        @Override
        public int hashCode() {
            return Objects.hash(size, modified, identity);
        }
    }

    private record Entry(Stamp stamp, LoadedArticle article) {
    }

    /**
     * Starts a load in {@code context}, which names what readings depend on besides their file; the
     * entries of another context are dropped. The kept entries are read on a thread of their own, so that
     * the load can look for the content's files meanwhile; the first lookup waits for them.
     */
    void begin(Path contentDir, String context) {
        previous();
        this.contentDir = contentDir;
        this.context = context;
        trustedBefore = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis() - RACE_MILLIS);
        previous.clear();
        current.clear();
        added = false;
        batches = null;
        if (file != null && !fresh) {
            reading = new CompletableFuture<>();
            CompletableFuture<Void> done = reading;
            Thread reader = new Thread(() -> {
                try {
                    batches = read(file, heading(), previous, contentDir);
                } catch (Throwable e) {
                    // as with an unreadable file: the load reads every article, and reports what it must
                    previous.clear();
                    batches = null;
                } finally {
                    done.complete(null);
                }
            }, "article cache reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** The entries kept by the last load, once read. */
    private Map<String, Entry> previous() {
        reading.join();
        return previous;
    }

    /**
     * The stamp of {@code file} now, to look it up and record it with; empty when it cannot be read.
     *
     * @param known the file's attributes as just read, or null to read them
     */
    Optional<Stamp> stamp(Path path, BasicFileAttributes known) {
        if (file == null) {
            return Optional.empty();
        }
        if (known != null) {
            return Optional.of(Stamp.of(known));
        }
        try {
            return Optional.of(Stamp.of(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The article read from {@code path} when it had {@code stamp}, if kept. */
    Optional<LoadedArticle> find(Path path, Optional<Stamp> stamp) {
        String name = name(path);
        Entry entry = previous().get(name);
        if (entry == null || stamp.isEmpty() || !entry.stamp().equals(stamp.get())) {
            return Optional.empty();
        }
        current.put(name, entry);
        return Optional.of(entry.article());
    }

    /** Keeps {@code article}, read without a problem from {@code path} as it was at {@code stamp}. */
    void keep(Path path, Optional<Stamp> stamp, LoadedArticle article) {
        if (stamp.isPresent() && stamp.get().modified() < trustedBefore && article.article().bundle() == null) {
            current.put(name(path), new Entry(stamp.get(), article));
            added = true;
        }
    }

    /** Writes what this load found, for the next one; a cache that cannot be written only costs time. */
    public void save() {
        if (file == null || context == null) {
            return;
        }
        if (!fresh && !added && current.size() == previous().size()) {
            // every entry was found as kept, and kept ones are never changed: the file holds this load already
            return;
        }
        try {
            Map<String, Entry> appended = addedOnly();
            if (appended != null) {
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                    out.write(batch(appended, heading()));
                }
                return;
            }
            Files.createDirectories(file.getParent());
            Path temp = NewFiles.write(file.getParent(), ".articles-", stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeInt(FORMAT);
                ByteReader.writeNullableString(out, heading());
                out.write(batch(current, heading()));
                out.flush();
            });
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the next load reads every file again
        }
    }

    /**
     * The entries this load adds to those it found, when it only adds (every entry read from the file is
     * found, as it was) and the file may take one more batch; else null, and the file is written whole.
     */
    private Map<String, Entry> addedOnly() {
        Map<String, Entry> kept = previous();
        Batches read = batches;
        if (fresh || read == null || !read.whole() || read.count() >= MAX_BATCHES) {
            return null;
        }
        Map<String, Entry> appended = new HashMap<>(current);
        for (Map.Entry<String, Entry> entry : kept.entrySet()) {
            if (appended.remove(entry.getKey()) != entry.getValue()) {
                return null;
            }
        }
        return appended;
    }

    /**
     * What the file begins with after its format, and what each batch's checksum covers besides its bytes:
     * the tool and the load's context, which the entries were read under.
     */
    private String heading() {
        return toolKey + "\n" + context;
    }

    /**
     * A batch of {@code entries}: their number, the length of their bytes, the checksum of the file's
     * {@code context} and the bytes, and the bytes: a batch is read only under the context it was written in.
     */
    private static byte[] batch(Map<String, Entry> entries, String context) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
                ByteReader.writeNullableString(out, e.getKey());
                write(out, e.getValue());
            }
        }
        byte[] body = bytes.toByteArray();
        ByteArrayOutputStream batch = new ByteArrayOutputStream(body.length + 16);
        try (DataOutputStream out = new DataOutputStream(batch)) {
            out.writeInt(entries.size());
            out.writeInt(body.length);
            out.writeLong(checksum(context, body));
            out.write(body);
        }
        return batch.toByteArray();
    }

    private static long checksum(String context, byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(context.getBytes(StandardCharsets.UTF_8));
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * An entry's name: the file's path inside the content folder, so that the folder may be named another
     * way (relative, absolute, through a link) by the next load.
     */
    private String name(Path path) {
        return ArticleFiles.nameUnder(contentDir, path);
    }

    /**
     * Reads the entries of {@code file}, naming each article's file under {@code contentDir}, batch after
     * batch, a later entry for a file taking the place of an earlier one, up to the end of the file or the
     * first batch cut short or not as written.
     *
     * @return the batches read, and whether the file ended after the last; null when none could be
     */
    private static Batches read(Path file, String expected, Map<String, Entry> into, Path contentDir) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            ByteReader in = new ByteReader(Files.readAllBytes(file));
            if (in.readInt() != FORMAT || !expected.equals(in.readNullableString())) {
                return null;
            }
            int batches = 0;
            while (true) {
                if (in.remaining() < 16) {
                    // the end of the file, after a batch or within the next one's head
                    return new Batches(batches, in.remaining() == 0);
                }
                int count = in.readInt();
                int length = in.readInt();
                long checksum = in.readLong();
                if (count < 0 || length < 0 || length > in.remaining()) {
                    return new Batches(batches, false);
                }
                byte[] body = new byte[length];
                in.readBytes(body, 0, length);
                if (checksum(expected, body) != checksum) {
                    return new Batches(batches, false);
                }
                ByteReader entries = new ByteReader(body);
                for (int i = 0; i < count; i++) {
                    String path = entries.readNullableString();
                    into.put(path, readEntry(entries, contentDir.resolve(path)));
                }
                batches++;
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable cache only costs a full load
            into.clear();
            return null;
        }
    }

    private static void write(DataOutputStream out, Entry entry) throws IOException {
        out.writeLong(entry.stamp().size());
        out.writeLong(entry.stamp().modified());
        ByteReader.writeNullableString(out, entry.stamp().identity());
        LoadedArticle loaded = entry.article();
        Article a = loaded.article();
        ByteReader.writeNullableString(out, a.lang());
        ByteReader.writeNullableString(out, a.slug());
        ByteReader.writeNullableString(out, a.title());
        ByteReader.writeNullableString(out, a.author());
        writeDate(out, a.date());
        writeList(out, a.topics());
        ByteReader.writeNullableString(out, a.sourceUrl());
        ByteReader.writeNullableString(out, a.publisher());
        ByteReader.writeNullableString(out, a.via());
        ByteReader.writeNullableString(out, a.translationKey());
        ByteReader.writeNullableString(out, a.translator());
        ByteReader.writeNullableString(out, a.summary());
        ByteReader.writeNullableString(out, a.seed());
        out.writeBoolean(a.draft());
        out.writeInt(a.bodyLine());
        ByteReader.writeNullableString(out, a.sourceHash());
        writeDate(out, a.translated());
        writeList(out, a.aliases());
        out.writeBoolean(a.standalone());
        out.writeBoolean(loaded.defaultSlug());
        writePlace(out, loaded.slugPlace());
        writePlace(out, loaded.translationKeyPlace());
    }

    private static Entry readEntry(ByteReader in, Path file) {
        Stamp stamp = new Stamp(in.readLong(), in.readLong(), in.readNullableString());
        String lang = in.readNullableString();
        String slug = in.readNullableString();
        String title = in.readNullableString();
        String author = in.readNullableString();
        LocalDate date = readDate(in);
        List<String> topics = readList(in);
        String sourceUrl = in.readNullableString();
        String publisher = in.readNullableString();
        String via = in.readNullableString();
        String translationKey = in.readNullableString();
        String translator = in.readNullableString();
        String summary = in.readNullableString();
        String seed = in.readNullableString();
        boolean draft = in.readBoolean();
        int bodyLine = in.readInt();
        String sourceHash = in.readNullableString();
        LocalDate translated = readDate(in);
        List<String> aliases = readList(in);
        boolean standalone = in.readBoolean();
        Article article = new Article(file, lang, slug, title, author, date, topics, sourceUrl, publisher, via,
                translationKey, translator, summary, seed, draft, null, bodyLine, sourceHash, translated, aliases,
                null, List.of(), standalone);
        return new Entry(stamp, new LoadedArticle(article, in.readBoolean(), readPlace(in), readPlace(in)));
    }

    private static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
        out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
    }

    private static LocalDate readDate(ByteReader in) {
        long day = in.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    private static void writeList(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            ByteReader.writeNullableString(out, s);
        }
    }

    private static List<String> readList(ByteReader in) {
        int size = in.readInt();
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(in.readNullableString());
        }
        return list;
    }

    private static void writePlace(DataOutputStream out, Place place) throws IOException {
        out.writeInt(place.line());
        out.writeInt(place.column());
    }

    private static Place readPlace(ByteReader in) {
        return new Place(in.readInt(), in.readInt());
    }
}
