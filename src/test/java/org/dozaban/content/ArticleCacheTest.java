package org.dozaban.content;

import org.dozaban.testing.Trees;
import org.dozaban.work.Parallel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles kept between loads: taken back only for a file as it was, and giving the same site. */
class ArticleCacheTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sites/bilingual/content");
    private static final Instant LAST_YEAR = Instant.parse("2025-06-01T10:00:00Z");

    @TempDir
    Path dir;
    Path content;
    Path cacheFile;

    @BeforeEach
    void copyFixture() throws IOException {
        content = dir.resolve("content");
        Trees.copy(FIXTURE, content);
        cacheFile = dir.resolve("cache/site.articles");
        age(content);
    }

    /** Dates every file last year: files changed just before a load are never kept. */
    private static void age(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(LAST_YEAR));
            }
        }
    }

    private Site load(ArticleCache cache) throws Exception {
        try (Parallel parallel = new Parallel(2)) {
            Site site = ContentLoader.load(content, Inclusion.PUBLISHED, Clock.systemUTC(), parallel, w -> { }, cache);
            cache.save();
            return site;
        }
    }

    private ArticleCache cache() {
        return ArticleCache.open(cacheFile, "tool", false);
    }

    @Test
    void aSiteLoadedFromTheCacheIsTheSiteLoadedFromTheFiles() throws Exception {
        Site fromFiles = load(ArticleCache.NONE);
        load(cache());
        assertTrue(Files.size(cacheFile) > 1000, "the articles were kept");
        Site fromCache = load(cache());
        assertEquals(fromFiles.articles(), fromCache.articles());
        assertEquals(fromFiles.pages(), fromCache.pages());
    }

    @Test
    void theContentFolderNamedAnotherWayStillFindsItsArticlesKept() throws Exception {
        load(cache());
        // the title read tells whether the article came from the cache
        retitleUnseen();
        Path absolute = content;
        content = Path.of("").toAbsolutePath().relativize(absolute);
        Site site = load(cache());
        assertEquals("Night trains across the plateau", title(site));
        site.articles().forEach(a -> assertTrue(a.file().startsWith(content) && !a.file().isAbsolute(),
                a.file() + " is named under the folder as given"));
        Path link = dir.resolve("linked");
        Files.createSymbolicLink(link, absolute);
        content = link;
        assertEquals("Night trains across the plateau", title(load(cache())));
    }

    @Test
    void aFileAsItWasIsTakenFromTheCacheAndAChangedOneIsReadAgain() throws Exception {
        load(cache());
        Path file = content.resolve("en/night-trains.md");
        String text = Files.readString(file);
        // the same size and modification time: the stamp, not the bytes, decides, as make and Hugo do
        Files.writeString(file, text.replace("title: Night trains", "title: Night plains"));
        Files.setLastModifiedTime(file, FileTime.from(LAST_YEAR));
        assertEquals("Night trains across the plateau", title(load(cache())));
        // changed as an editor changes it, a moment later
        Files.setLastModifiedTime(file, FileTime.from(LAST_YEAR.plusSeconds(60)));
        assertEquals("Night plains across the plateau", title(load(cache())));
    }

    @Test
    void aLoadThatFindsEveryArticleKeptLeavesTheCacheFileAsItWasAndADeletedArticleIsForgotten() throws Exception {
        load(cache());
        FileTime written = FileTime.from(LAST_YEAR);
        Files.setLastModifiedTime(cacheFile, written);
        long size = Files.size(cacheFile);
        load(cache());
        assertEquals(written, Files.getLastModifiedTime(cacheFile), "nothing new to keep");

        Files.delete(content.resolve("en/night-trains.md"));
        load(cache());
        assertTrue(Files.size(cacheFile) < size, "the deleted article's entry is gone");
    }

    @Test
    void aFileChangedJustBeforeALoadIsNotKept() throws Exception {
        Path file = content.resolve("en/night-trains.md");
        String text = Files.readString(file);
        FileTime now = FileTime.from(Instant.now());
        Files.setLastModifiedTime(file, now);
        load(cache());
        Files.writeString(file, text.replace("title: Night trains", "title: Night plains"));
        Files.setLastModifiedTime(file, now);
        assertEquals("Night plains across the plateau", title(load(cache())));
    }

    @Test
    void aFreshCacheReadsEveryFile() throws Exception {
        load(cache());
        retitleUnseen();
        assertEquals("Night plains across the plateau", title(load(ArticleCache.open(cacheFile, "tool", true))));
    }

    @Test
    void anotherToolOrTopicListReadsEveryFileAgain() throws Exception {
        load(cache());
        Path file = content.resolve("en/night-trains.md");
        Files.writeString(file, Files.readString(file).replace("title: Night trains", "title: Night plains"));
        Files.setLastModifiedTime(file, FileTime.from(LAST_YEAR));
        assertEquals("Night plains across the plateau", title(load(ArticleCache.open(cacheFile, "another tool", false))));

        // a topic the article uses is removed: its reading, kept without problems, would be wrong now
        Path topics = content.resolve("topics.yaml");
        List<String> lines = Files.readAllLines(topics);
        int cities = lines.indexOf("cities:");
        int next = cities + 1;
        while (next < lines.size() && lines.get(next).startsWith(" ")) {
            next++;
        }
        Files.write(topics, Stream.concat(lines.subList(0, cities).stream(),
                lines.subList(next, lines.size()).stream()).toList());
        ContentException e = assertThrows(ContentException.class, () -> load(cache()));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(file) && p.message().contains("cities")),
                e.problems().toString());
    }

    @Test
    void aFileWithAWarningIsReadEveryTimeSoItsWarningIsGivenEveryTime() throws Exception {
        Path file = content.resolve("en/market-day.md");
        List<Problem> first = new java.util.ArrayList<>();
        List<Problem> second = new java.util.ArrayList<>();
        try (Parallel parallel = new Parallel(1)) {
            ArticleCache cache = cache();
            ContentLoader.load(content, Inclusion.PUBLISHED, Clock.systemUTC(), parallel, first::add, cache);
            cache.save();
            ContentLoader.load(content, Inclusion.PUBLISHED, Clock.systemUTC(), parallel, second::add, cache());
        }
        assertTrue(first.stream().anyMatch(p -> p.file().equals(file)), "the fixture change gives a warning: " + first);
        assertEquals(first, second);
    }

    /**
     * A load that only adds articles appends them to the cache file, after the bytes that were there, and
     * the next load takes them from it; the site is the one loaded from the files.
     */
    @Test
    void aLoadThatOnlyAddsArticlesAppendsThemForTheNextLoad() throws Exception {
        load(cache());
        byte[] before = Files.readAllBytes(cacheFile);
        Path added = addArticle("en/added.md", "Added in spring");
        load(cache());
        byte[] after = Files.readAllBytes(cacheFile);
        assertTrue(after.length > before.length, "the added article is kept");
        assertArrayEquals(before, java.util.Arrays.copyOf(after, before.length), "written after the bytes there");

        retitle(added, "Added in spring", "Added in autumn");
        retitleUnseen();
        Site site = load(cache());
        assertEquals("Added in spring", titleOf(site, "added.md"), "taken from the appended batch");
        assertEquals("Night trains across the plateau", title(site));
        assertEquals(after.length, Files.size(cacheFile), "nothing new to keep");
    }

    /**
     * A batch cut short, as by a load stopped while appending it, or with a byte not as written, as by two
     * loads appending at once, is not taken, nor anything after it; the batches before it are, and the next
     * load writes the file whole, which the load after takes whole.
     */
    @Test
    void aBatchCutShortOrNotAsWrittenIsNotTakenAndTheFileIsWrittenWholeAgain() throws Exception {
        for (boolean cut : new boolean[] {true, false}) {
            Files.deleteIfExists(content.resolve("en/added.md"));
            copyFixture();
            Files.deleteIfExists(cacheFile);
            load(cache());
            long whole = Files.size(cacheFile);
            Path added = addArticle("en/added.md", "Added in spring");
            load(cache());
            byte[] bytes = Files.readAllBytes(cacheFile);
            if (cut) {
                Files.write(cacheFile, java.util.Arrays.copyOf(bytes, bytes.length - 3));
            } else {
                bytes[bytes.length - 5] ^= 1;
                Files.write(cacheFile, bytes);
            }
            retitle(added, "Added in spring", "Added in autumn");
            retitleUnseen();
            Site site = load(cache());
            assertEquals("Added in autumn", titleOf(site, "added.md"), "read again from its file");
            assertEquals("Night trains across the plateau", title(site), "the first batch is taken");
            assertTrue(Files.size(cacheFile) > whole, "written whole, the added article kept");

            Files.setLastModifiedTime(cacheFile, FileTime.from(LAST_YEAR));
            site = load(cache());
            assertEquals("Added in autumn", titleOf(site, "added.md"));
            assertEquals(FileTime.from(LAST_YEAR), Files.getLastModifiedTime(cacheFile), "every article found kept");
        }
    }

    /** A new article dated last year, so that it is kept. */
    private Path addArticle(String name, String title) throws IOException {
        Path file = content.resolve(name);
        Files.writeString(file, "---\ntitle: " + title + "\ndate: 2014-05-05\ntopics: [cities]\n---\nA paragraph.\n");
        Files.setLastModifiedTime(file, FileTime.from(LAST_YEAR));
        return file;
    }

    /** Replaces a title in a file without changing its size or modification time. */
    private static void retitle(Path file, String from, String to) throws IOException {
        assertEquals(from.length(), to.length());
        Files.writeString(file, Files.readString(file).replace("title: " + from, "title: " + to));
        Files.setLastModifiedTime(file, FileTime.from(LAST_YEAR));
    }

    private static String titleOf(Site site, String fileName) {
        return site.articles().stream().filter(a -> a.file().endsWith(fileName)).findFirst().orElseThrow().title();
    }

    /** Changes an article's title without changing its file's size or modification time: only a read sees it. */
    private void retitleUnseen() throws IOException {
        Path file = content.resolve("en/night-trains.md");
        Files.writeString(file, Files.readString(file).replace("title: Night trains", "title: Night plains"));
        Files.setLastModifiedTime(file, FileTime.from(LAST_YEAR));
    }

    private static String title(Site site) {
        return site.articles().stream().filter(a -> a.file().endsWith("night-trains.md")).findFirst()
                .orElseThrow().title();
    }
}
