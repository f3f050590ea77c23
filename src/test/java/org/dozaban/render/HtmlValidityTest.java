package org.dozaban.render;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every page of the rendered fixture site passes the Nu Html Checker without errors. */
class HtmlValidityTest {

    @TempDir
    static Path out;

    static RenderedSite rendered;

    @BeforeAll
    static void render() throws Exception {
        rendered = RenderedSite.render(FixtureSites.load("bilingual"), out);
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (Page page : rendered.htmlPages()) {
            String report = validator.validate(out.resolve(page.path()));
            report.lines().filter(line -> line.contains("error:")).forEach(line -> errors.add(page.path() + " " + line));
        }
        assertEquals(List.of(), errors);
    }
}
