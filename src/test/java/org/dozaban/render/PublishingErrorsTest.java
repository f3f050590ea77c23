package org.dozaban.render;

import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad bundles, menus and addresses: each an error at its file, line and column. */
class PublishingErrorsTest {

    @TempDir
    Path dir;

    private Path content() throws Exception {
        Path content = dir.resolve("content");
        write(content.resolve("site.yaml"), "baseUrl: https://example.org/\n");
        write(content.resolve("topics.yaml"), "iran:\n  name: {en: Iran, fa: ایران}\n");
        return content;
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The problems of loading and rendering {@code content}, formatted, with paths below it. */
    private List<String> problems(Path content) throws Exception {
        ContentException e = assertThrows(ContentException.class,
                () -> new SiteRenderer(RenderedSite.TEMPLATES).render(ContentLoader.load(content)));
        return e.problems().stream().map(p -> relative(content, p)).toList();
    }

    private static String relative(Path content, Problem p) {
        return new Problem(content.relativize(p.file()), p.line(), p.column(), p.message(), p.hint()).format();
    }

    @Test
    void missingFilesAndMissingAltTextAreErrorsAtTheirMarkdownPlace() throws Exception {
        Path content = content();
        write(content.resolve("en/harbour/index.md"), """
                ---
                title: Harbour
                ---
                Text with ![a map](map.png) and [notes](notes.pdf).

                ![](photo.jpg)

                ![](here.png){alt=""}

                ![up](../other/up.png) and [another page](../../2014/06/other/)
                """);
        write(content.resolve("en/harbour/here.png"), "not read: only its existence matters here");
        write(content.resolve("en/harbour/photo.jpg"), "x");
        List<String> problems = problems(content);
        assertEquals(List.of(
                "en/harbour/index.md:4:20: error: image \"map.png\" does not exist",
                "en/harbour/index.md:4:41: error: link target \"notes.pdf\" does not exist",
                "en/harbour/index.md:6:1: error: image \"photo.jpg\" has no alternative text",
                "en/harbour/index.md:10:7: error: image \"../other/up.png\" is outside the article's folder"),
                problems.stream().map(p -> p.lines().findFirst().orElseThrow()).toList());
        assertTrue(problems.get(2).contains("![](photo.jpg){alt=\"\"}"), problems.get(2));
        assertTrue(problems.get(0).contains("files beside the page: here.png, photo.jpg"), problems.get(0));
    }

    @Test
    void anArticleInASingleFileIsToldToBecomeABundle() throws Exception {
        Path content = content();
        write(content.resolve("en/harbour.md"), "---\ntitle: Harbour\n---\n![A map](map.png)\n");
        String problem = problems(content).get(0);
        assertTrue(problem.startsWith("en/harbour.md:4:10: error: image \"map.png\" does not exist"), problem);
        assertTrue(problem.contains("/en/harbour.md to " + display(content.resolve("en/harbour/index.md"))
                + " and put the file beside it"), problem);
    }

    @Test
    void aBundleCannotHoldThePagesOwnFile() throws Exception {
        Path content = content();
        write(content.resolve("en/harbour/index.md"), "---\ntitle: Harbour\n---\nText.\n");
        write(content.resolve("en/harbour/index.html"), "<p>old</p>");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(content));
        assertEquals("en/harbour/index.html: error: a page bundle cannot hold index.html: the page itself is"
                + " published there", relative(content, e.problems().get(0)).lines().findFirst().orElseThrow());
    }

    @Test
    void aVideoNeedsATitle() throws Exception {
        Path content = content();
        write(content.resolve("en/talk.md"), "---\ntitle: Talk\n---\n![](https://vimeo.com/76979871)\n");
        assertEquals("en/talk.md:4:1: error: video \"https://vimeo.com/76979871\" has no title",
                problems(content).get(0).lines().findFirst().orElseThrow());
    }

    @Test
    void anAddressTakenByAnotherArticleNamesBoth() throws Exception {
        Path content = content();
        write(content.resolve("en/first.md"), "---\ntitle: First\ndate: 2014-06-01\ntranslationKey: first\n---\nA.\n");
        write(content.resolve("en/second.md"), "---\ntitle: Second\ndate: 2014-06-02\nslug: old-first\n---\nB.\n");
        write(content.resolve("urls.yaml"), "\"en:first\":\n  - en/2014/06/old-first/\n");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(content));
        assertEquals("urls.yaml:2:5: error: address en/2014/06/old-first/ of " + display(content.resolve("en/first.md"))
                        + " (" + display(content.resolve("urls.yaml")) + ") is now taken by "
                        + display(content.resolve("en/second.md")),
                relative(content, e.problems().get(0)).lines().findFirst().orElseThrow());
    }

    @Test
    void anAliasTakenByAnotherArticleNamesBoth() throws Exception {
        Path content = content();
        write(content.resolve("en/first.md"), "---\ntitle: First\ndate: 2014-06-01\naliases: [/en/2014/06/second/]\n---\nA.\n");
        write(content.resolve("en/second.md"), "---\ntitle: Second\ndate: 2014-06-02\n---\nB.\n");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(content));
        String problem = relative(content, e.problems().get(0));
        assertTrue(problem.startsWith("en/first.md: error: address en/2014/06/second/ of "), problem);
        assertTrue(problem.contains("is now taken by " + display(content.resolve("en/second.md"))), problem);
    }

    @Test
    void badAliasesMenusAndPageSlugs() throws Exception {
        Path content = content();
        write(content.resolve("site.yaml"), """
                baseUrl: https://example.org/
                menus:
                  en:
                    - {page: about}
                    - {url: "https://example.org/"}
                    - {page: about, topic: iran}
                """);
        write(content.resolve("en/pages/about.md"), "---\ntitle: About\n---\nA.\n");
        write(content.resolve("en/pages/topics.md"), "---\ntitle: Topics\n---\nA.\n");
        write(content.resolve("en/a.md"), "---\ntitle: A\naliases: [\"https://other.example/a/\", en/x/../y/]\n---\nA.\n");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(content));
        List<String> first = e.problems().stream().map(p -> relative(content, p).lines().findFirst().orElseThrow())
                .toList();
        assertEquals(List.of(
                "en/a.md:3:11: error: alias \"https://other.example/a/\" is not a path of this site",
                "en/a.md:3:39: error: alias \"en/x/../y/\" is not a path of this site",
                "en/pages/topics.md:2:8: error: a standalone page cannot have the slug \"topics\"",
                "site.yaml:5:7: error: a menu item with a url needs a label",
                "site.yaml:6:7: error: a menu item links one thing; this one has 2"), first);
    }

    @Test
    void menusLinkPagesAndTopicsThatExist() throws Exception {
        Path content = content();
        write(content.resolve("site.yaml"), """
                baseUrl: https://example.org/
                menus:
                  en:
                    - {page: abuot}
                    - {topic: irann}
                """);
        write(content.resolve("en/pages/about.md"), "---\ntitle: About\n---\nA.\n");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(content));
        List<String> problems = e.problems().stream().map(p -> relative(content, p)).toList();
        assertEquals(List.of(
                "site.yaml:4:14: error: the en menu links page \"abuot\", which does not exist\n"
                        + "  hint: did you mean \"about\"? pages in en: about; a page is content/en/pages/<slug>.md",
                "site.yaml:5:15: error: the en menu links unknown topic \"irann\"\n"
                        + "  hint: did you mean \"iran\"? known topics: iran"), problems);
    }

    private static String display(Path path) {
        return path.toString().replace('\\', '/');
    }
}
