package org.dozaban.cli;

import org.dozaban.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dozaban new}: the file it writes, translations, and what it refuses. */
class NewCommandTest {

    private static final Path MINIMAL = Path.of("src/test/resources/sites/minimal/content");

    @TempDir
    Path dir;

    private final TestFiles cli = new TestFiles();

    private Path content() throws IOException {
        return Trees.copy(MINIMAL, dir.resolve("content"));
    }

    @Test
    void writesEveryKeyWithCommentsAndPrintsTheUrl() throws IOException {
        Path content = content();
        assertEquals(0, cli.run("new", "--content", content.toString(), "--date", "2020-02-03", "--slug", "hello",
                "en", "Hello", "\"world\""), cli.err.toString());

        Path file = content.resolve("en/hello.md");
        assertEquals("created " + file + "\nurl: https://example.org/archive/en/2020/02/hello/\n", cli.out.toString());
        assertEquals("""
                ---
                # The title as readers see it.
                title: "Hello \\"world\\""
                # Publication date, yyyy-mm-dd; it also places the article's URL.
                date: 2020-02-03
                # Who wrote it, as the name should be shown.
                # author:\s
                # Topic keys from topics.yaml: iran, iraq
                topics: []
                # One or two sentences for lists, the page description and the feed.
                # summary:\s
                # Articles sharing this key are translations of each other, one per language.
                translationKey: hello
                # The URL segment: lower-case ASCII letters, digits and hyphens.
                slug: hello
                # Where the article was first published, by whom, and the site it was taken from.
                # sourceUrl: https://
                # publisher:\s
                # via:\s
                # Remove this line to publish the article.
                draft: true
                ---

                """, Files.readString(file));
        assertEquals(0, cli.run("check", "--content", content.toString()), cli.err.toString());
    }

    @Test
    void aTranslationCopiesKeyAndTopicsAndTakesTheOtherLanguage() throws IOException {
        Path content = content();
        Files.delete(content.resolve("fa/river.md"));

        assertEquals(0, cli.run("new", "--content", content.toString(), "--slug", "rud",
                "--translation-of", content.resolve("en/river.md").toString(), "رود", "راه", "خود", "را", "می‌رود"),
                cli.err.toString());

        Path file = content.resolve("fa/rud.md");
        assertEquals("created " + file + "\nurl: https://example.org/archive/fa/2014/06/rud/\n", cli.out.toString());
        String text = Files.readString(file);
        assertTrue(text.contains("\ntitle: \"رود راه خود را می‌رود\"\n"), text);
        assertTrue(text.contains("\ndate: 2014-06-17\n"), text);
        assertTrue(text.contains("\n# translator: \n"), text);
        assertTrue(text.contains("\ntranslated: " + LocalDate.now(java.time.ZoneOffset.UTC) + "\n"), text);
        assertTrue(text.contains("\ntopics: [iraq, iran]\n"), text);
        assertTrue(text.contains("\ntranslationKey: the-river-keeps-its-course\n"), text);
    }

    @Test
    void refusesWhatCheckRefuses() throws IOException {
        Path content = content();

        assertEquals(1, cli.run("new", "--content", content.toString(), "--slug", "Not A Slug", "en", "Hello"));
        assertTrue(cli.err.toString().contains("error: slug \"Not A Slug\" is not a URL slug"), cli.err.toString());
        assertFalse(Files.exists(content.resolve("en/Not A Slug.md")));

        assertEquals(1, cli.run("new", "--content", content.toString(), "--slug", "river", "en", "Another"));
        assertTrue(cli.err.toString().contains("the file already exists"), cli.err.toString());

        assertEquals(1, cli.run("new", "--content", content.toString(), "--slug", "other", "--translation-of",
                content.resolve("en/river.md").toString(), "fa", "دیگر"));
        assertTrue(cli.err.toString().contains("translationKey \"the-river-keeps-its-course\" is already used by"),
                cli.err.toString());
        assertFalse(Files.exists(content.resolve("fa/other.md")));

        Files.writeString(content.resolve("site.yaml"), "lint: {arabic-letters: error}\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, cli.run("new", "--content", content.toString(), "--slug", "book", "fa", "كتاب"));
        assertTrue(cli.err.toString().contains("error: Arabic yeh or kaf in a Persian word [arabic-letters]"),
                cli.err.toString());
        assertFalse(Files.exists(content.resolve("fa/book.md")));
    }

    @Test
    void refusesAnUnknownLanguageAndAMissingContentFolder() throws IOException {
        Path content = content();
        assertEquals(2, cli.run("new", "--content", content.toString(), "de", "Hallo"));
        assertTrue(cli.err.toString().contains("unknown language \"de\""), cli.err.toString());

        Path missing = dir.resolve("nowhere");
        assertEquals(1, cli.run("new", "--content", missing.toString(), "en", "Hello"));
        assertFalse(Files.exists(missing));
    }
}
