package org.dozaban.html;

import nu.validator.client.EmbeddedValidator;
import org.dozaban.spec.SpecCases;
import org.dozaban.text.Language;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every expected article body of the examples, placed in a page of its language, passes the Nu Html
 * Checker without errors. With {@link ArticleHtmlSpecTest} this proves the pass emits valid HTML.
 */
class ArticleHtmlValidityTest {

    @TestFactory
    Stream<DynamicTest> expectedBodiesAreValidHtml() {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        return SpecCases.folders("html").stream().map(folder -> DynamicTest.dynamicTest(
                folder.getFileName().toString(), () -> assertEquals("", errors(validator, folder))));
    }

    private static String errors(EmbeddedValidator validator, Path folder) throws Exception {
        String lang = folder.getFileName().toString().split("-", 2)[0];
        String page = "<!DOCTYPE html><html lang=\"" + lang + "\" dir=\"" + org.dozaban.text.Language.direction(lang)
                + "\"><head><meta charset=\"utf-8\"><title>t</title></head><body><article>"
                + SpecCases.read(folder.resolve(SpecCases.EXPECTED)) + "</article></body></html>";
        String report = validator.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        return report.lines().filter(line -> line.contains("error")).collect(Collectors.joining("\n"));
    }
}
