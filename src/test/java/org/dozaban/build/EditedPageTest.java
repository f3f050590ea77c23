package org.dozaban.build;

import org.dozaban.content.Article;
import org.dozaban.content.Inclusion;
import org.dozaban.content.Site;
import org.dozaban.render.Page;
import org.dozaban.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An edited article's page made alone, from the site of the last build, has the bytes the build that
 * follows gives it; an edit that moves the article in the site gives no page.
 */
class EditedPageTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sites/bilingual/content");

    @TempDir
    Path dir;
    Path content;
    Builder.Options options;

    @BeforeEach
    void copyFixture() throws IOException {
        content = Trees.copy(FIXTURE, dir.resolve("content"));
        Path templates = Trees.copy(Path.of("templates"), dir.resolve("templates"));
        options = new Builder.Options(content, templates, dir.resolve("site")).withInclusion(Inclusion.EVERYTHING);
    }

    /** Builds, and gives the site the build was made from. */
    private Site build() throws Exception {
        AtomicReference<Site> site = new AtomicReference<>();
        Builder.build(options.withPublished(published -> site.set(published.site())));
        return site.get();
    }

    private static String edit(String text, Random random, int step) {
        String mark = " edit " + step + " بازنویسی " + step;
        int bodyStart = text.indexOf("\n---\n", 4) + 5;
        return switch (random.nextInt(4)) {
            // a sentence added to the last paragraph
            case 0 -> text.stripTrailing() + mark + ".\n";
            // a paragraph first: the summary made from the first paragraph changes
            case 1 -> text.substring(0, bodyStart) + "A new first paragraph," + mark + ".\n\n" + text.substring(bodyStart);
            // a written summary
            case 2 -> text.contains("\nsummary: ") ? text.replaceFirst("\nsummary: ([^\n]*)\n", "\nsummary: $1," + mark + "\n")
                    : text.replaceFirst("\n---\n", "\nsummary: The summary," + mark + "\n---\n");
            // a longer title
            default -> text.replaceFirst("\ntitle: ([^\n]*)\n", "\ntitle: $1," + mark + "\n");
        };
    }

    @Test
    void aPageMadeAloneHasTheBytesOfTheBuildThatFollows() throws Exception {
        Site site = build();
        EditedPage edited = new EditedPage(options);
        Random random = new Random(20261204L);
        int shown = 0;
        for (int step = 0; step < 24; step++) {
            Article article = site.articles().get(random.nextInt(site.articles().size()));
            Path file = article.file();
            Files.writeString(file, edit(Files.readString(file, StandardCharsets.UTF_8), random, step),
                    StandardCharsets.UTF_8);
            Optional<Page> page = edited.render(site, file);
            Site built = build();
            Article now = built.articles().stream().filter(a -> a.file().equals(file)).findFirst().orElseThrow();
            String context = "step " + step + ", " + file + ": " + article.urlPath() + " to " + now.urlPath();
            // only a new title can move an article: its address may be made from the title
            assertEquals(now.urlPath().equals(article.urlPath()), page.isPresent(), context);
            if (page.isPresent()) {
                assertEquals(now.urlPath() + "index.html", page.get().path(), context);
                assertEquals(Files.readString(options.out().resolve(page.get().path()), StandardCharsets.UTF_8),
                        page.get().content(), context);
                assertTrue(page.get().content().contains(" edit " + step) || page.get().content().contains("edit%20" + step),
                        context);
                shown++;
            }
            site = built;
        }
        assertTrue(shown >= 16, "most edits are shown alone: " + shown);
    }

    @Test
    void anEditThatMovesTheArticleOrHasProblemsGivesNoPage() throws Exception {
        Site site = build();
        EditedPage edited = new EditedPage(options);
        Path file = content.resolve("en/market-day.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> moves = new ArrayList<>(List.of(
                text.replaceFirst("\ndate: [0-9-]+\n", "\ndate: 2001-02-03\n"),
                text.replaceFirst("\ntopics: [^\n]*\n", "\ntopics: []\n"),
                text.replaceFirst("\n---\n", "\nauthor: Someone Else\n---\n"),
                text.replaceFirst("\n---\n", "\ndraft: true\n---\n"),
                text.replaceFirst("\n---\n", "\ntranslationKey: another-key\n---\n"),
                text.replaceFirst("\n---\n", "\nslug: another-slug\n---\n"),
                // problems: a topic not in the list, a key not known, a date that does not exist
                text.replaceFirst("\ntopics: \\[", "\ntopics: [no-such-topic, "),
                text.replaceFirst("\n---\n", "\nauthr: A. Typo\n---\n"),
                text.replaceFirst("\ndate: [0-9-]+\n", "\ndate: 2014-02-31\n"),
                "no front matter at all\n"));
        for (String moved : moves) {
            assertFalse(moved.equals(text), "each case changes the file: " + moved);
            Files.writeString(file, moved, StandardCharsets.UTF_8);
            assertEquals(Optional.empty(), edited.render(site, file), moved);
        }
        Files.writeString(file, text + "\nOne more line.\n", StandardCharsets.UTF_8);
        assertTrue(edited.render(site, file).isPresent(), "the same file edited in its body");
        assertEquals(Optional.empty(), edited.render(site, content.resolve("topics.yaml")), "not an article");
        assertEquals(Optional.empty(), edited.render(site, content.resolve("en/pages/about.md")), "a page, not an article");
    }
}
