package org.dozaban.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the walk of a content folder finds, and what it reports. */
class ArticleFilesTest {

    @TempDir
    Path content;

    private void file(String path) throws Exception {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void aFileIsNamedBelowItsFolderHoweverTheFolderIsGiven() {
        assertEquals("en/a.md", ArticleFiles.nameUnder(Path.of("content"), Path.of("content/en/a.md")));
        assertEquals("fa/b/index.md", ArticleFiles.nameUnder(Path.of("./content"), Path.of("./content/fa/b/index.md")));
        assertEquals("en/pages/c.md", ArticleFiles.nameUnder(Path.of("/srv/site/content"),
                Path.of("/srv/site/content/en/pages/c.md")));
        assertEquals("en/a.md", ArticleFiles.nameUnder(Path.of("../content"), Path.of("../content/en/a.md")));
        assertEquals("en/a.md", ArticleFiles.nameUnder(Path.of(""), Path.of("en/a.md")));
        // a folder whose name the file's folder only begins with, and a file named another way
        assertEquals("../contents/en/a.md", ArticleFiles.nameUnder(Path.of("content"), Path.of("contents/en/a.md")));
        assertEquals("en/a.md", ArticleFiles.nameUnder(Path.of("content"), Path.of("content/./en/../en/a.md").normalize()));
        assertEquals("../x.md", ArticleFiles.nameUnder(Path.of("content/en"), Path.of("content/x.md")));
    }

    @Test
    void hiddenFilesAndFoldersAreSkippedAndTheRestComeSortedWithWhatTheWalkSaw() throws Exception {
        file("fa/b.md");
        file("en/a.md");
        file("en/bundle/index.md");
        file("en/bundle/photo.jpg");
        file("en/.draft.md");
        file("en/.notes/c.md");
        file(".git/objects/d.md");
        file("fa/pages/about.md");
        Problems problems = new Problems();
        List<ArticleFiles.Found> found = ArticleFiles.find(content, false, problems);
        assertEquals(List.of("en/a.md", "en/bundle/index.md", "fa/b.md", "fa/pages/about.md"),
                found.stream().map(f -> content.relativize(f.path()).toString().replace('\\', '/')).toList());
        assertTrue(problems.all().isEmpty(), problems.all().toString());
        assertEquals(found.stream().map(ArticleFiles.Found::path).toList(), ArticleFiles.find(content));
        for (ArticleFiles.Found f : found) {
            assertNotNull(f.attributes(), f.path() + ": a regular file comes with its attributes");
            assertEquals(Files.size(f.path()), f.attributes().size());
        }
    }

    @Test
    void otherMarkdownEndingsAreReportedButNotFoldersSoNamed() throws Exception {
        file("en/a.markdown");
        Files.createDirectories(content.resolve("en/folder.markdown"));
        file("en/folder.markdown/readme.txt");
        Problems problems = new Problems();
        assertEquals(List.of(), ArticleFiles.find(content, false, problems));
        assertEquals(1, problems.all().size(), problems.all().toString());
        assertTrue(problems.all().get(0).file().endsWith(Path.of("en/a.markdown")));
    }

    @Test
    void aLinkToAnArticleInsideIsFoundWithoutAttributesAndALinkToAFolderIsWarnedOf() throws Exception {
        file("en/a.md");
        Files.createSymbolicLink(content.resolve("en/b.md"), content.resolve("en/a.md"));
        Files.createDirectories(content.resolve("elsewhere"));
        Files.createSymbolicLink(content.resolve("en/more"), content.resolve("elsewhere"));
        Problems problems = new Problems();
        List<ArticleFiles.Found> found = ArticleFiles.find(content, false, problems);
        assertEquals(2, found.size());
        assertNotNull(found.get(0).attributes());
        assertNull(found.get(1).attributes(), "a link's own attributes are not the file's");
        assertEquals(1, problems.all().size(), problems.all().toString());
        assertTrue(problems.all().get(0).message().contains("symbolic link to a folder"));
        // outside the content folder: reported by a build, taken as it is by the other commands
        Path outside = content.resolveSibling(content.getFileName() + "-outside.md");
        Files.writeString(outside, "x");
        Files.createSymbolicLink(content.resolve("en/c.md"), outside);
        Problems more = new Problems();
        assertEquals(2, ArticleFiles.find(content, false, more).size());
        assertTrue(more.all().stream().anyMatch(p -> p.message().contains("outside the content folder")), more.all().toString());
        assertEquals(List.of(content.resolve("en/a.md"), content.resolve("en/b.md"), content.resolve("en/c.md")),
                ArticleFiles.find(content));
    }
}
