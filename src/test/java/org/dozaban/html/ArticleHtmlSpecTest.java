package org.dozaban.html;

import org.dozaban.markdown.Markdown;
import org.dozaban.spec.SpecCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Article body examples under {@code src/test/resources/html/<lang>-<case>/}: {@code input.md} (rendered
 * with {@link Markdown} first) or {@code input.html}, and {@code expected.html}. The folder name's
 * prefix is the article's language.
 */
class ArticleHtmlSpecTest {

    private static final Markdown MARKDOWN = new Markdown();

    @TestFactory
    Stream<DynamicTest> examples() {
        return SpecCases.tests("html", ArticleHtmlSpecTest::run);
    }

    private static String run(Path folder) {
        Path input = SpecCases.input(folder);
        String text = SpecCases.read(input);
        String html = input.getFileName().toString().endsWith(".md") ? MARKDOWN.toHtml(text) : text;
        String lang = folder.getFileName().toString().split("-", 2)[0];
        return ArticleHtml.process(html, lang);
    }
}
