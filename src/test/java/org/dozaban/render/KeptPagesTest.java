package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.dozaban.testing.Trees;
import org.dozaban.work.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page whose inputs digest is as the last build recorded is not prepared again: the key recorded for it
 * is taken. These tests check that the digest is there for every article page, that unchanged articles
 * are kept, and that a kept key is always the key the page's view has when it is prepared.
 */
class KeptPagesTest {

    @TempDir
    Path dir;

    @Test
    void nothingChangedKeepsEveryArticleAndTopicPageWithTheKeyItsViewHas() throws Exception {
        Path content = copyOfBilingual();
        Site site = ContentLoader.load(content);
        Recorder first = render(site, Map.of());
        Recorder second = render(site, first.made);

        for (Article article : site.articles()) {
            String page = RelativeUrls.fileOf(article.urlPath());
            assertNotNull(first.made.get(page)[1], "an inputs digest for " + page);
            assertTrue(second.kept.contains(page), page + " is kept");
        }
        Set<String> topicPages = new TreeSet<>();
        first.made.forEach((path, record) -> {
            if (record[1] != null) {
                assertTrue(second.kept.contains(path), path + " has inputs and is kept");
            }
            if (path.matches("(en|fa)/topics/[^/]+/(page/\\d+/)?index\\.html")) {
                topicPages.add(path);
                assertNotNull(record[1], "an inputs digest for " + path);
            }
        });
        assertFalse(topicPages.isEmpty(), "the fixture has topic pages");
        assertEquals(keys(first.made), keys(second.made), "kept pages have the keys they had");
    }

    @Test
    void anEditedArticleIsPreparedAgainAndEveryKeptKeyIsTheFreshOne() throws Exception {
        Path content = copyOfBilingual();
        Recorder before = render(ContentLoader.load(content), Map.of());

        Path edited = content.resolve("fa/ibm-computers.md");
        // the first sentence, which its summary shows where it is listed
        Files.writeString(edited, Files.readString(edited).replace("\n---\n", "\n---\nجمله‌ای تازه در آغاز. "));
        Site site = ContentLoader.load(content);
        Recorder again = render(site, before.made);
        Recorder fresh = render(site, Map.of());

        Article article = FixtureSites.article(site, "fa", "ibm-computers");
        String own = RelativeUrls.fileOf(article.urlPath());
        assertFalse(again.kept.contains(own), "the edited article's page is prepared again");
        assertFalse(again.kept.isEmpty(), "the pages of articles that do not show it are kept");
        for (String page : again.kept) {
            assertEquals(fresh.made.get(page)[0], again.made.get(page)[0], "the kept key of " + page);
        }
        assertEquals(keys(fresh.made), keys(again.made));
    }

    @Test
    void anOlderArticleChangesTheCountsOfListsWhoseFirstPagesKeepTheirEntries() throws Exception {
        Path content = copyOfBilingual();
        Recorder before = render(ContentLoader.load(content), Map.of());

        // older than everything by the same author and with the same topic: with two entries a page, the
        // first pages of the author's list and of the topic's list show the same two, with a count one
        // higher, and the lists keep one archive page
        Files.writeString(content.resolve("en/old-verse.md"), """
                ---
                title: An older verse
                author: Lena Hart
                date: 2001-01-01
                topics: [poetry]
                ---
                A couplet from long before the tea house.
                """);
        Site site = ContentLoader.load(content);
        Recorder again = render(site, before.made);
        Recorder fresh = render(site, Map.of());

        for (String page : again.kept) {
            assertEquals(fresh.made.get(page)[0], again.made.get(page)[0], "the kept key of " + page);
        }
        assertEquals(keys(fresh.made), keys(again.made));
    }

    /**
     * A topic's and an author's lists hold both languages, the page's first: a new article in one language
     * changes, of each list's archive pages in each language, the newest page of its language's block at
     * most (see {@link Paging}), unless the list gets a page more. Pages of the other language's entries
     * keep their keys, and archive pages show no counts.
     */
    @Test
    void aNewArticleChangesOneArchivePageOfEachListItJoinsInEachLanguage() throws Exception {
        Path content = copyOfBilingual();
        for (int n = 1; n <= 7; n++) {
            addRiverArticle(content, "fa", "old-fa-" + n, LocalDate.of(2003, 1, n));
            addRiverArticle(content, "en", "old-en-" + n, LocalDate.of(2003, 2, n));
        }
        Recorder last = render(ContentLoader.load(content), Map.of());
        int compared = 0;
        for (int step = 1; step <= 8; step++) {
            // newer than everything: in turn English and Persian
            addRiverArticle(content, step % 2 == 0 ? "fa" : "en", "new-" + step, LocalDate.of(2025, 1, step));
            Recorder next = render(ContentLoader.load(content), last.made);
            for (String list : List.of("fa/topics/rivers/", "en/topics/rivers/", "fa/authors/lena-hart/",
                    "en/authors/lena-hart/")) {
                Map<String, String> before = archivePages(last.made, list);
                Map<String, String> after = archivePages(next.made, list);
                assertTrue(before.size() > 2, list + " has archive pages");
                if (before.keySet().equals(after.keySet())) {
                    compared++;
                    long changed = before.keySet().stream().filter(page -> !before.get(page).equals(after.get(page)))
                            .count();
                    assertTrue(changed <= 1, "step " + step + ": " + changed + " archive pages of " + list
                            + " changed");
                }
            }
            last = next;
        }
        assertTrue(compared >= 16, "lists compared with the same pages: " + compared);
    }

    /**
     * A page's versions in other languages are among its inputs: with 2-entry pages, a second Persian article
     * on books gives the Persian order a third archive page, which the English order had already; the
     * English page 3, whose entries stay, then names a Persian version. The same with a person's lists: five
     * English essays and one Persian, then a second Persian one.
     */
    @Test
    void aPageGainsTheVersionAnotherLanguageGains() throws Exception {
        Path content = copyOfBilingual();
        LanguageBlockPagesTest.addShelves(content);
        for (int n = 1; n <= 5; n++) {
            Files.writeString(content.resolve("en/essay-" + n + ".md"), """
                    ---
                    title: Essay %d
                    author: Nima Rad
                    date: 2009-04-0%d
                    topics: [cities]
                    ---
                    A street at a time.
                    """.formatted(n, n));
        }
        Files.writeString(content.resolve("fa/essay-1.md"), """
                ---
                title: جستار
                author: Nima Rad
                date: 2009-01-01
                topics: [cities]
                ---
                خیابان به خیابان.
                """);
        Recorder before = render(ContentLoader.load(content), Map.of());
        assertTrue(before.made.containsKey("en/topics/books/page/3/index.html"));
        assertTrue(before.made.containsKey("en/authors/nima-rad/page/3/index.html"));
        assertFalse(before.made.containsKey("fa/authors/nima-rad/page/3/index.html"));
        assertFalse(before.made.containsKey("fa/topics/books/page/3/index.html"));
        Files.writeString(content.resolve("fa/shelf.md"), """
                ---
                title: قفسه
                date: 2011-05-01
                topics: [books]
                ---
                کتابی در هر قفسه.
                """);
        Files.writeString(content.resolve("fa/essay-2.md"), """
                ---
                title: جستار دوم
                author: Nima Rad
                date: 2009-01-02
                topics: [cities]
                ---
                باز هم خیابان.
                """);
        Site site = ContentLoader.load(content);
        Recorder again = render(site, before.made);
        Recorder fresh = render(site, Map.of());
        assertTrue(fresh.made.containsKey("fa/topics/books/page/3/index.html"));
        assertTrue(fresh.made.containsKey("fa/authors/nima-rad/page/3/index.html"));
        assertEquals(keys(fresh.made), keys(again.made));
    }

    private static void addRiverArticle(Path content, String lang, String slug, LocalDate date) throws Exception {
        Files.writeString(content.resolve(lang + "/" + slug + ".md"), """
                ---
                title: "%s"
                author: Lena Hart
                date: %s
                topics: [rivers]
                ---
                Water and stone.
                """.formatted(slug, date));
    }

    /** The keys of the archive pages of the list at {@code folder}, by page. */
    private static Map<String, String> archivePages(Map<String, String[]> made, String folder) {
        Map<String, String> pages = new TreeMap<>();
        made.forEach((path, record) -> {
            if (path.startsWith(folder + "page/")) {
                pages.put(path, record[0]);
            }
        });
        return pages;
    }

    private Path copyOfBilingual() throws Exception {
        return Trees.copy(FixtureSites.ROOT.resolve("bilingual/content"), dir.resolve("content"));
    }

    private static Recorder render(Site site, Map<String, String[]> recorded) throws Exception {
        Recorder sink = new Recorder(recorded);
        try (Parallel parallel = new Parallel(2)) {
            new SiteRenderer(RenderedSite.TEMPLATES)
                    .render(site, sink, BodyStore.NONE, parallel, Progress.NONE);
        }
        return sink;
    }

    private static Map<String, String> keys(Map<String, String[]> made) {
        Map<String, String> keys = new TreeMap<>();
        made.forEach((path, record) -> keys.put(path, record[0]));
        return keys;
    }

    /** A sink that renders every page and records each page's key and inputs digest, and which were kept. */
    private static final class Recorder implements PageSink {
        final Map<String, String[]> recorded;
        final Map<String, String[]> made = new ConcurrentHashMap<>();
        final Set<String> kept = ConcurrentHashMap.newKeySet();

        Recorder(Map<String, String[]> recorded) {
            this.recorded = recorded;
        }

        @Override
        public String keptKey(String path, String inputs) {
            String[] before = recorded.get(path);
            if (inputs == null || before == null || !inputs.equals(before[1])) {
                return null;
            }
            kept.add(path);
            return before[0];
        }

        @Override
        public boolean unchanged(String path, String key, String inputs) {
            made.put(path, new String[] {key, inputs});
            return false;
        }

        @Override
        public void write(String path, String key, String inputs, String content) {
        }
    }
}
