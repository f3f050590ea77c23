package org.dozaban.build;

import org.dozaban.testing.Trees;
import org.dozaban.content.ContentException;
import org.dozaban.search.SearchText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Set;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds that render and write only what changed, and give the same bytes as a clean build. */
class IncrementalBuildTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sites/bilingual/content");
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path dir;
    Path content;
    Path templates;

    @BeforeEach
    void copyFixture() throws IOException {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        Trees.copy(FIXTURE, content);
        Trees.copy(TEMPLATES, templates);
    }

    private BuildReport build(Path out, boolean clean, int threads) throws ContentException, IOException {
        return Builder.build(new Builder.Options(content, templates, out).withClean(clean).withThreads(threads));
    }

    @Test
    void oneThreadAndFourGiveTheSameBytes() throws Exception {
        build(dir.resolve("one/site"), true, 1);
        build(dir.resolve("four/site"), true, 4);
        Map<String, String> one = OutputTrees.contents(dir.resolve("one/site"));
        assertTrue(one.size() > 30, "the fixture builds into many files: " + one.size());
        assertEquals(one, OutputTrees.contents(dir.resolve("four/site")));
    }

    @Test
    void anEditedAssetIsCopiedAndRendersNoPage() throws Exception {
        Path out = dir.resolve("site");
        BuildReport first = build(out, false, 2);
        Map<String, FileTime> before = OutputTrees.mtimes(out);
        Path css = templates.resolve("assets/style.css");
        Files.writeString(css, Files.readString(css) + "\n/* an edit */\n");
        BuildReport second = build(out, false, 2);
        assertEquals(0, second.rendered(), "pages link to the style sheet; none holds it");
        assertEquals(1, second.changed());
        assertEquals(Files.readString(css), Files.readString(out.resolve("assets/style.css")));
        Map<String, FileTime> after = OutputTrees.mtimes(out);
        after.remove("assets/style.css");
        before.remove("assets/style.css");
        assertEquals(before, after, "nothing else is written");

        // a new asset is copied too
        Files.writeString(templates.resolve("assets/extra.css"), "p{}");
        BuildReport third = build(out, false, 2);
        assertEquals("p{}", Files.readString(out.resolve("assets/extra.css")));
        assertEquals(first.pages(), third.pages());
    }

    @Test
    void aBuildWithNothingChangedRendersAndWritesNothing() throws Exception {
        Path out = dir.resolve("site");
        BuildReport first = build(out, false, 2);
        assertEquals(first.pages(), first.rendered());
        Map<String, FileTime> before = OutputTrees.mtimes(out);
        BuildReport second = build(out, false, 2);
        assertEquals(0, second.rendered());
        assertEquals(0, second.changed());
        assertEquals(before, OutputTrees.mtimes(out));
    }

    @Test
    void theContentFolderNamedAnotherWayRendersNothingAgain() throws Exception {
        Path out = dir.resolve("site");
        build(out, false, 2);
        Path relative = Path.of("").toAbsolutePath().relativize(content);
        BuildReport again = Builder.build(new Builder.Options(relative, templates, out).withThreads(2));
        assertEquals(0, again.rendered(), "pages and search files are keyed by what they show, not by file names");
        assertEquals(0, again.changed());
        // the inputs' fingerprint is the same: the build finds nothing to do without preparing a page
        assertTrue(again.timings().stream().noneMatch(t -> t.stage().equals("render")), again.timings().toString());
    }

    @Test
    void theNewBuildIsAnnouncedOnceTheOutputHoldsItAndBeforeTheCacheIsSaved() throws Exception {
        Path out = dir.resolve("site");
        build(out, false, 2);
        Path article = content.resolve("en/market-day.md");
        Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8)
                .replace("Traders arrive before sunrise", "Traders arrive at dawn, in edit 4d7f"), StandardCharsets.UTF_8);
        Path state = dir.resolve(Builder.CACHE_FOLDER).resolve("site.state");
        assertTrue(Files.isRegularFile(state));
        List<String> seen = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        Map<String, String> before = OutputTrees.contents(out);
        Builder.build(new Builder.Options(content, templates, out).withPublished(published -> {
            seen.add(OutputTrees.contents(out).values().stream().anyMatch(t -> t.contains("in edit 4d7f"))
                    ? "new text in the output" : "old text only");
            seen.add(Files.exists(state) ? "state saved" : "state not yet saved");
            listed.addAll(published.changed());
            seen.add(published.site().articles().size() + " articles");
        }));
        assertEquals(List.of("new text in the output", "state not yet saved", "10 articles"), seen);
        assertTrue(Files.isRegularFile(state));
        Map<String, String> after = OutputTrees.contents(out);
        Set<String> differ = new TreeSet<>(before.keySet());
        differ.addAll(after.keySet());
        differ.removeIf(path -> Objects.equals(before.get(path), after.get(path)));
        assertEquals(List.copyOf(differ), listed, "the files told of are exactly those whose bytes changed");
        assertTrue(listed.contains("en/2013/11/market-day-in-the-old-quarter/index.html"), listed.toString());

        // a build that finds nothing to do announces nothing
        seen.clear();
        Builder.build(new Builder.Options(content, templates, out).withPublished(published -> seen.add("announced")));
        assertEquals(List.of(), seen);
    }

    @Test
    void aCleanBuildRendersEverythingButRewritesNothingUnchanged() throws Exception {
        Path out = dir.resolve("site");
        build(out, false, 2);
        Map<String, FileTime> before = OutputTrees.mtimes(out);
        BuildReport clean = build(out, true, 2);
        assertEquals(clean.pages(), clean.rendered());
        assertEquals(0, clean.changed());
        assertEquals(before, OutputTrees.mtimes(out));
    }

    /**
     * A clean build reads nothing from the cache: bodies damaged there (still whole, so any other build
     * takes them) do not reach its output, which is the output of a build into a folder of its own.
     */
    @Test
    void aCleanBuildMakesEveryBodyAgain() throws Exception {
        Path out = dir.resolve("site");
        build(out, false, 2);
        Map<String, String> made = OutputTrees.contents(out);
        for (Path body : storedBodies()) {
            String stored = Files.readString(body, StandardCharsets.UTF_8);
            Files.writeString(body, stored.replace("</p>", " DAMAGED</p>"), StandardCharsets.UTF_8);
        }
        // another output folder shares the bodies, and is built from them
        Path other = dir.resolve("other");
        build(other, false, 2);
        assertTrue(OutputTrees.contents(other).values().stream().anyMatch(page -> page.contains("DAMAGED")));

        BuildReport clean = build(out, true, 2);
        assertEquals(made, OutputTrees.contents(out));
        assertEquals(0, clean.changed());
        // and it stored the bodies again, as they are made
        List<Path> bodies = storedBodies();
        assertFalse(bodies.isEmpty());
        for (Path body : bodies) {
            assertFalse(Files.readString(body, StandardCharsets.UTF_8).contains("DAMAGED"), body.toString());
        }
    }

    /** The article bodies in the build cache, beside the output folders. */
    private List<Path> storedBodies() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve(Builder.CACHE_FOLDER).resolve("bodies"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".data")).toList();
        }
    }

    @Test
    void anEditedArticleRewritesOnlyThePagesThatShowIt() throws Exception {
        Path out = dir.resolve("site");
        build(out, false, 2);
        Map<String, String> before = OutputTrees.contents(out);
        Map<String, FileTime> times = OutputTrees.mtimes(out);
        Path file = content.resolve("en/night-trains.md");
        Files.writeString(file, Files.readString(file) + "\nA new closing line.\n");
        BuildReport report = build(out, false, 2);
        Map<String, String> after = OutputTrees.contents(out);
        List<String> changed = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
        // the body changed, not the first paragraph: only the page itself, the feeds that carry bodies (the
        // language's and its topic's), and of the search index the article's text file (the second newest
        // of 10 articles is number 8 counted from the oldest) and the shards of the new words "new",
        // "closing" (clos) and "line" (lin); its row in the document file is unchanged
        assertEquals(List.of("en/2015/03/night-trains-across-the-plateau/index.html", "en/feed.xml",
                "en/topics/cities/feed.xml", "search/terms/63-6c.js", "search/terms/6c-69.js",
                "search/terms/6e-65.js", "search/text/8.js"), changed);
        assertEquals(changed.size(), report.changed());
        for (String path : after.keySet()) {
            if (!changed.contains(path)) {
                assertEquals(times.get(path), OutputTrees.mtimes(out).get(path), path + " was rewritten");
            }
        }
        assertTrue(report.rendered() < report.pages() / 2, "rendered " + report.rendered() + " of " + report.pages());
    }

    @Test
    void aNewArticleRewritesOnlyTheFilesThatShowIt() throws Exception {
        KilledBuildTest.addArticles(content, 150);
        Path out = dir.resolve("site");
        build(out, false, 2);
        Map<String, String> before = OutputTrees.contents(out);
        Files.writeString(content.resolve("en/a-new-article.md"),
                "---\ntitle: A new article\ndate: 2025-01-01\ntopics: [cities]\n---\nIts only paragraph.\n");
        BuildReport report = build(out, false, 2);
        Map<String, String> after = OutputTrees.contents(out);
        List<String> changed = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
        assertEquals(changed.size(), report.changed());
        assertTrue(changed.contains("en/2025/01/a-new-article/index.html"));
        assertTrue(before.size() > 300, "a site of " + before.size() + " files");
        // the article, its older neighbour, the homes and topic lists that show it or count it, the newest
        // archive pages of each list it joins (when it opens a new archive page, the pagers of the pages
        // next to it name that page too), the feed and the sitemap; no archive page shifts its articles.
        // Then the date archive (its index, the new year and month, and the older neighbour's year and
        // month, which link them) and the topic's feed: 6 more
        List<String> pages = changed.stream().filter(p -> !p.startsWith("search/")).toList();
        assertTrue(pages.size() <= 30, pages.size() + " files changed: " + pages);
        // of the search index: the manifest (it counts documents), the last document file, the article's text
        // file, and at most a shard per term of the new article (title, body, topic names in both languages)
        List<String> search = changed.stream().filter(p -> p.startsWith("search/")).toList();
        assertTrue(search.stream().filter(p -> p.startsWith("search/docs/")).count() <= 1, search.toString());
        int terms = SearchText.indexTerms("A new article Its only paragraph. Cities شهرها").size();
        assertEquals(1, search.stream().filter(p -> p.startsWith("search/text/")).count(), search.toString());
        assertTrue(search.size() <= 3 + terms, search.size() + " index files changed: " + search);
        for (String path : changed) {
            if (path.contains("/page/")) {
                String list = path.substring(0, path.indexOf("/page/") + 6);
                int newest = before.keySet().stream().filter(p -> p.startsWith(list))
                        .mapToInt(p -> Integer.parseInt(p.substring(list.length(), p.indexOf('/', list.length()))))
                        .max().orElse(0);
                int page = Integer.parseInt(path.substring(list.length(), path.indexOf('/', list.length())));
                // pagers reach two pages each way: a new archive page shows in the pagers of the newest pages
                assertTrue(page >= newest - 3, path + " changed, but only the newest archive pages of a list may");
            }
        }
    }

    /**
     * Articles newer than all others, added one build after another, with two articles to a page: every
     * second one opens a new archive page of each list it joins, the home's and its topic's, whose older
     * pages are as they were, pagers and all (a pager reaches two pages each way). Those pages are not
     * rendered again: each build renders the pages whose bytes change, and none else.
     */
    @Test
    void aNewArchivePageRendersNoOlderPageOfItsList() throws Exception {
        KilledBuildTest.addArticles(content, 60);
        Path out = dir.resolve("site");
        build(out, false, 2);
        for (int n = 1; n <= 2; n++) {
            Map<String, String> before = OutputTrees.contents(out);
            writeNewest(n);
            BuildReport report = build(out, false, 2);
            Map<String, String> after = OutputTrees.contents(out);
            long changed = after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).count();
            assertEquals(changed, report.changed());
            assertEquals(changed, report.rendered(), "after article " + n + ": rendered " + report.rendered()
                    + " pages, of which " + changed + " changed");
        }
    }

    /**
     * Articles newer than all others, added one build after another: the build cache keeps the search
     * index of an earlier build, behind the articles, until enough follow its documents (four, with the
     * fixture's 50 articles), and each build adds the documents after it; an older article edited on the
     * way is indexed again. Each build's search files are those of a clean build.
     */
    @Test
    void theIndexOfNewestArticlesAddedOneByOneIsAsACleanBuildMakesIt() throws Exception {
        KilledBuildTest.addArticles(content, 40);
        Path out = dir.resolve("site");
        build(out, false, 2);
        for (int n = 1; n <= 6; n++) {
            writeNewest(n);
            if (n == 5) {
                Path old = content.resolve("en/generated-0007.md");
                Files.writeString(old, Files.readString(old).replace("Paragraph 3", "Edited paragraph"));
            }
            build(out, false, 1 + n % 2);
            Path clean = dir.resolve("clean-" + n + "/site");
            build(clean, true, 2);
            assertEquals(searchFiles(clean), searchFiles(out), "after article " + n);
        }
    }

    /** The English article {@code n} of those newer than the fixture's, dated 2025-01-0n, in one topic. */
    private void writeNewest(int n) throws IOException {
        Files.writeString(content.resolve("en/newest-" + n + ".md"), "---\ntitle: Newest " + n
                + "\ndate: 2025-01-0" + n + "\ntopics: [cities]\n---\nWords" + n + " and their sentence.\n");
    }

    private static Map<String, String> searchFiles(Path out) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>(OutputTrees.contents(out));
        files.keySet().removeIf(path -> !path.startsWith("search/"));
        return files;
    }

    @Test
    void leftoversOfKilledBuildsAreRemoved() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(dir.resolve(".site-new-123/en"));
        Files.writeString(dir.resolve(".site-new-123/en/index.html"), "torn");
        Files.createDirectories(dir.resolve(".site-old-456"));
        build(out, false, 2);
        assertEquals(0, OutputTrees.leftovers(out));
    }

    @Test
    void aTemplateErrorWritesNothing() throws Exception {
        Path out = dir.resolve("site");
        build(out, false, 2);
        Map<String, FileTime> before = OutputTrees.mtimes(out);
        Map<String, String> bytes = OutputTrees.contents(out);
        Files.writeString(templates.resolve("article.peb"),
                Files.readString(templates.resolve("article.peb")).replaceFirst("article\\.title", "article.nosuchfield"));
        assertThrows(ContentException.class, () -> build(out, false, 2));
        assertEquals(bytes, OutputTrees.contents(out));
        assertEquals(before, OutputTrees.mtimes(out));
        assertEquals(0, OutputTrees.leftovers(out));
    }

    /**
     * Random sequences of edits, each followed by an incremental build, which must give exactly the files a
     * clean build of the same input gives. Seeded: a failure names its seed and step.
     */
    @Test
    void incrementalBuildsEqualCleanBuildsAfterRandomChanges() throws Exception {
        for (long seed = 1; seed <= 2; seed++) {
            copyFixtureAgain();
            Random random = new Random(seed);
            Path out = dir.resolve("incremental-" + seed + "/site");
            build(out, false, 2);
            for (int step = 0; step < 10 + ContentChanges.KINDS - ContentChanges.FIRST_SHARED; step++) {
                // random edits, then one of each file every page depends on, whatever the seed drew
                String change = step < 10 ? ContentChanges.apply(random, content, templates)
                        : ContentChanges.apply(ContentChanges.FIRST_SHARED + step - 10, random, content, templates);
                if (random.nextBoolean()) {
                    // files as an archive's are: most unchanged for long, so the article cache takes them
                    stampByContent(content);
                }
                build(out, false, 1 + random.nextInt(3));
                // the stamp the build recorded, made from what it changed, is the folder's as a walk finds it
                assertTrue(intact(out), "seed " + seed + ", step " + step + ": the output is not found intact");
                Path clean = dir.resolve("clean-" + seed + "-" + step + "/site");
                build(clean, true, 2);
                assertEquals(OutputTrees.contents(clean), OutputTrees.contents(out),
                        "seed " + seed + ", step " + step + ": " + change);
            }
        }
    }

    /** Whether the next build into {@code out} finds it as the last build left it. */
    private boolean intact(Path out) throws IOException {
        BuildCache cache = BuildCache.open(out.toAbsolutePath().normalize().getParent().resolve(Builder.CACHE_FOLDER),
                out, BuildInputs.toolKey(), BuildInputs.siteKey(content, templates), false);
        return cache.outputIntact(out);
    }

    /**
     * Gives every file a modification time in the past that follows from its bytes: an unchanged file keeps
     * its time, a changed one gets another.
     */
    private static void stampByContent(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                long seconds = Math.floorMod(Arrays.hashCode(Files.readAllBytes(file)), 100_000_000);
                Files.setLastModifiedTime(file, FileTime.fromMillis(1_500_000_000_000L + seconds * 1000));
            }
        }
    }

    /** Files of a page bundle are not articles: a changed one must still be copied, not taken for unchanged. */
    @Test
    void aChangedFileOfAPageBundleIsCopiedAgainWhenNothingElseChanged() throws Exception {
        Path out = dir.resolve("site");
        stampByContent(content);
        build(out, false, 2);
        Path notes = content.resolve("en/harbour-lights/notes.txt");
        String changed = Files.readString(notes) + "A line added to the bundle's notes.\n";
        Files.writeString(notes, changed);
        stampByContent(content);
        BuildReport report = build(out, false, 2);
        Map<String, String> copied = OutputTrees.contents(out);
        String path = copied.keySet().stream().filter(p -> p.endsWith("/notes.txt")).findFirst().orElseThrow();
        assertEquals(changed, copied.get(path));
        assertTrue(report.rendered() > 0, "the article page shows the bundle's files and their sizes");
    }

    @Test
    void aFileRemovedFromTheOutputIsMadeAgainAndAFileAddedThereIsRemoved() throws Exception {
        Path out = dir.resolve("site");
        stampByContent(content);
        build(out, false, 2);
        Map<String, String> made = OutputTrees.contents(out);
        Files.delete(out.resolve("en/feed.xml"));
        Files.writeString(out.resolve("stray.html"), "not of the site");
        BuildReport again = build(out, false, 2);
        assertEquals(made, OutputTrees.contents(out));
        assertEquals(2, again.changed());
        // a file cut short is written again too
        Files.writeString(out.resolve("en/feed.xml"), "short");
        build(out, false, 2);
        assertEquals(made, OutputTrees.contents(out));
    }

    @Test
    void aFileAddedAloneToTheOutputIsRemovedAndAFileWrittenOverAtTheSameSizeIsMadeAgain() throws Exception {
        Path out = dir.resolve("site");
        stampByContent(content);
        build(out, false, 2);
        Map<String, String> made = OutputTrees.contents(out);
        assertEquals(0, build(out, false, 2).rendered(), "nothing changed");
        // deep in the tree, in a folder that holds only folders
        Path folder = out.resolve("en/topics");
        try (Stream<Path> list = Files.list(folder)) {
            Path inner = list.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
            Files.writeString(inner.resolve("stray.html"), "not of the site");
        }
        build(out, false, 2);
        assertEquals(made, OutputTrees.contents(out));
        // the same number of bytes, other bytes
        Path feed = out.resolve("en/feed.xml");
        String original = Files.readString(feed);
        Files.writeString(feed, "x".repeat(original.getBytes(StandardCharsets.UTF_8).length));
        build(out, false, 2);
        assertEquals(made, OutputTrees.contents(out));
        // a folder added empty
        Files.createDirectories(out.resolve("fa/empty"));
        build(out, false, 2);
        assertFalse(Files.exists(out.resolve("fa/empty")));
    }

    private void copyFixtureAgain() throws IOException {
        deleteTree(content);
        deleteTree(templates);
        copyFixture();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(paths);
            for (Path path : paths) {
                Files.delete(path);
            }
        }
    }

    @Test
    void changesAreReallyMade() throws Exception {
        Map<String, String> before = OutputTrees.contents(content);
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            ContentChanges.apply(random, content, templates);
        }
        assertNotEquals(before, OutputTrees.contents(content));
        assertTrue(Files.readString(content.resolve("site.yaml"), StandardCharsets.UTF_8).contains("baseUrl"));
    }
}
