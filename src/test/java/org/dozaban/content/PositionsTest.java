package org.dozaban.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Line and column numbers where files differ from plain LF-ended ASCII. */
class PositionsTest {

    @TempDir
    Path content;

    private Path article(String name, byte[] bytes) throws Exception {
        Files.writeString(content.resolve("site.yaml"), "baseUrl: https://example.org/\n");
        Files.writeString(content.resolve("topics.yaml"), "iraq:\n  name: {en: Iraq}\n");
        Path file = content.resolve("fa").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static Problem onlyProblem(Path content) {
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(content));
        assertEquals(1, e.problems().size(), e.report());
        return e.problems().get(0);
    }

    @Test
    void columnsCountPersianCharacters() throws Exception {
        article("x.md", "---\ntitle: نوشته\ntopics: [عراق, iraq]\n---\n".getBytes(StandardCharsets.UTF_8));
        Problem problem = onlyProblem(content);
        assertEquals(List.of(3, 10, "unknown topic \"عراق\""),
                List.of(problem.line(), problem.column(), problem.message()));
    }

    @Test
    void windowsLineEndsAndByteOrderMarkKeepLinesAndBody() throws Exception {
        String text = "\uFEFF---\r\ntitle: نوشته\r\n---\r\nبند.\r\n";
        article("x.md", text.getBytes(StandardCharsets.UTF_8));
        Article article = ContentLoader.load(content).articles().get(0);
        assertEquals(4, article.bodyLine());
        assertEquals("بند.\n", article.body());
        assertEquals("نوشته", article.title());
    }

    @Test
    void invalidUtf8IsPlacedByCharacterNotByte() throws Exception {
        byte[] prefix = "---\ntitle: نو".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 1];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xFF;
        article("x.md", bytes);
        Problem problem = onlyProblem(content);
        assertEquals(List.of(2, 10), List.of(problem.line(), problem.column()));
    }

    @Test
    void draftsAreValidatedThoughNotPublished() throws Exception {
        article("x.md", "---\ntitle: نوشته\ndraft: true\ndate: 2014-02-30\n---\n".getBytes(StandardCharsets.UTF_8));
        Problem problem = onlyProblem(content);
        assertEquals(List.of(4, 7), List.of(problem.line(), problem.column()));
    }

    @Test
    void aSlugFromTheFileNameWhenTheTitleHasNone() throws Exception {
        article("fallback-name.md", "---\ntitle: \"!!!\"\n---\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("fallback-name", ContentLoader.load(content).articles().get(0).slug());
    }
}
