package org.dozaban.report;

import org.dozaban.content.Fix;
import org.dozaban.content.Problem;
import org.dozaban.content.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Workflow commands: escaping as the runner reads it back, and paths relative to the working folder. */
class GithubAnnotationsTest {

    @Test
    void escapesMessageAndProperties() {
        Problem problem = new Problem(Path.of("content/fa/a,b:c.md"), 2, 0, "50% done\r\nnext", "");
        assertEquals("::error file=content/fa/a%2Cb%3Ac.md,line=2,title=content::50%25 done%0D%0Anext\n",
                ReportFormat.GITHUB.render(List.of(problem)));
    }

    @Test
    void absolutePathsInTheWorkingFolderAreRelative() {
        Path file = Path.of("").toAbsolutePath().resolve("content/fa/x.md");
        Problem problem = new Problem(file, 3, 7, "m", "h", Severity.WARNING, "latin-digits", new Fix(9, "۱۲"));
        assertEquals("::warning file=content/fa/x.md,line=3,col=7,title=latin-digits::m%0Ahint: h\n",
                ReportFormat.GITHUB.render(List.of(problem)));
    }

    @Test
    void jsonEscapesQuotesAndInvisibleCharacters() {
        Problem problem = new Problem(Path.of("content/fa/x.md"), 1, 1, "a \"b\"\\", "", Severity.WARNING,
                "zwnj-prefix", new Fix(4, "می\u200C"));
        assertEquals("{\"version\": 1, \"errors\": 0, \"warnings\": 1, \"problems\": [\n"
                + "{\"file\": \"content/fa/x.md\", \"line\": 1, \"column\": 1, \"severity\": \"warning\", "
                + "\"rule\": \"zwnj-prefix\", \"message\": \"a \\\"b\\\"\\\\\", \"hint\": \"\", \"fix\": "
                + "{\"line\": 1, \"column\": 1, \"endLine\": 1, \"endColumn\": 4, \"replacement\": \"می\\u200c\"}}\n"
                + "]}\n", ReportFormat.JSON.render(List.of(problem)));
        assertEquals("{\"version\": 1, \"errors\": 0, \"warnings\": 0, \"problems\": []}\n",
                ReportFormat.JSON.render(List.of()));
    }
}
