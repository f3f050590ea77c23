package org.dozaban.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A content folder given as a symbolic link is read where it leads, its files named under the link. */
class LinkedContentFolderTest {

    @TempDir
    Path dir;

    @Test
    void aLinkedContentFolderHasItsArticles() throws Exception {
        Path link = dir.resolve("content");
        Files.createSymbolicLink(link, Path.of("src/test/resources/sites/bilingual/content").toAbsolutePath());
        Site viaLink = ContentLoader.load(link);
        Site direct = ContentLoader.load(Path.of("src/test/resources/sites/bilingual/content"));
        assertEquals(direct.articles().size(), viaLink.articles().size());
        List<Path> files = viaLink.articles().stream().map(Article::file).toList();
        files.forEach(file -> assertTrue(file.startsWith(link), file + " is named under the link"));
    }
}
