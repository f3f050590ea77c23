package org.dozaban.content;

import org.dozaban.text.Slugs;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLoaderTest {

    private static Path content() throws URISyntaxException {
        return Path.of(ContentLoaderTest.class.getResource("/sites/minimal/content").toURI());
    }

    private static Article article(Site site, String lang, String fileName) {
        return site.articles().stream()
                .filter(a -> a.lang().equals(lang) && a.file().getFileName().toString().equals(fileName))
                .findFirst().orElseThrow(() -> new AssertionError("no article " + lang + "/" + fileName));
    }

    @Test
    void readsTheSiteConfiguration() throws Exception {
        SiteConfig config = ContentLoader.load(content()).config();
        assertEquals("https://example.org/archive/", config.baseUrl());
        assertEquals("fa", config.defaultLanguage());
        assertEquals(List.of("fa", "en"), config.languages(), "the default language leads");
        assertEquals(5, config.pageSize());
        assertEquals("دوزبان", config.title("fa"));
        assertEquals("An archive", config.description("en"));
    }

    @Test
    void readsTopicsSortedByKey() throws Exception {
        Site site = ContentLoader.load(content());
        assertEquals(List.of("iran", "iraq"), site.topics().stream().map(Topic::key).toList());
        Topic iran = site.topic("iran").orElseThrow();
        assertEquals("ایران", iran.name("fa"));
        assertEquals(List.of("Iran", "Tehran"), iran.words("en"));
        assertEquals(List.of(), site.topic("iraq").orElseThrow().words("fa"));
    }

    @Test
    void readsEveryFrontMatterValue() throws Exception {
        Article river = article(ContentLoader.load(content()), "en", "river.md");
        assertEquals("The river keeps its course", river.title());
        assertEquals("A. Writer", river.author());
        assertEquals(LocalDate.of(2014, 6, 17), river.date());
        assertEquals(List.of("iraq", "iran"), river.topics());
        assertEquals("https://example.org/2014/06/river.html", river.sourceUrl());
        assertEquals("the-river-keeps-its-course", river.translationKey());
        assertEquals("the-river-keeps-its-course", river.slug(), "slug from the title");
        assertNull(river.publisher());
        assertEquals("en/2014/06/the-river-keeps-its-course/", river.urlPath());
    }

    @Test
    void bodyStartsAfterTheClosingFence() throws Exception {
        Site site = ContentLoader.load(content());
        Article river = article(site, "en", "river.md");
        assertEquals(9, river.bodyLine());
        assertEquals("The first paragraph.\n\nThe second paragraph.\n", river.body());
        Article persian = article(site, "fa", "river.md");
        assertEquals(9, persian.bodyLine());
        assertEquals("\nبند نخست.\n", persian.body());
    }

    @Test
    void slugComesFromFrontMatterThenTitle() throws Exception {
        Site site = ContentLoader.load(content());
        assertEquals("notes", article(site, "en", "notes.md").slug());
        // a Persian article takes the slug of its English translation rather than a transliteration
        Article persian = article(site, "fa", "river.md");
        assertEquals(article(site, "en", "river.md").slug(), persian.slug());
        assertTrue(Checks.isSlug(persian.slug()), persian.slug());
    }

    @Test
    void sortsNewestFirstAndLeavesOutDrafts() throws Exception {
        List<String> order = ContentLoader.load(content()).articles().stream()
                .map(a -> a.lang() + "/" + a.file().getFileName()).toList();
        assertEquals(List.of("fa/river.md", "en/older.md", "en/river.md", "en/notes.md"), order);
    }

    @Test
    void findsTranslationsByKey() throws Exception {
        Site site = ContentLoader.load(content());
        assertEquals(List.of(article(site, "fa", "river.md")), site.translations(article(site, "en", "river.md")));
        assertEquals(List.of(), site.translations(article(site, "en", "notes.md")));
    }

    @Test
    void tellsWhetherAnArticleHasAVersionInALanguage() throws Exception {
        Site site = ContentLoader.load(content());
        assertTrue(site.hasTranslationIn(article(site, "en", "river.md"), "fa"));
        assertTrue(site.hasTranslationIn(article(site, "fa", "river.md"), "en"));
        // itself is not its own version
        assertFalse(site.hasTranslationIn(article(site, "en", "river.md"), "en"));
        assertFalse(site.hasTranslationIn(article(site, "en", "notes.md"), "fa"));
    }

    @Test
    void keepsPathsAsGiven() throws Exception {
        Path content = content();
        Article notes = article(ContentLoader.load(content), "en", "notes.md");
        assertEquals(content.resolve("en").resolve("notes.md"), notes.file());
    }

    @Test
    void aRelativeFolderGivesRelativePathsInProblems() throws Exception {
        Path absolute = Path.of(ContentLoaderTest.class.getResource("/sites/invalid/unknown-topic/content").toURI());
        Path relative = Path.of("").toAbsolutePath().relativize(absolute);
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(relative));
        assertEquals(relative.resolve("fa").resolve("piece.md"), e.problems().get(0).file());
        assertTrue(e.report().startsWith(relative.toString().replace('\\', '/') + "/fa/piece.md:3:16: error: "),
                e.report());
    }

    @Test
    void aMissingFolderIsOneProblem() {
        Path missing = Path.of("no-such-content-folder");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(missing));
        assertEquals(List.of(missing), e.problems().stream().map(Problem::file).toList());
    }
}
