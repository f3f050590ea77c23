package org.dozaban.markdown;

import org.dozaban.spec.SpecCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** Markdown → HTML examples under {@code src/test/resources/markdown/<case>/}: input.md, expected.html. */
class MarkdownSpecTest {

    private static final Markdown MARKDOWN = new Markdown();

    @TestFactory
    Stream<DynamicTest> examples() {
        return SpecCases.tests("markdown", folder -> MARKDOWN.toHtml(SpecCases.read(SpecCases.input(folder))));
    }
}
