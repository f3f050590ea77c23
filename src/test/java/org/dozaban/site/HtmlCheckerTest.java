package org.dozaban.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlCheckerTest {

    private static HtmlChecker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        checker = new HtmlChecker();
    }

    @Test
    void aValidBilingualPageHasNoErrors() throws IOException {
        Path page = write("good.html", """
                <!DOCTYPE html>
                <html lang="fa" dir="rtl">
                <head><meta charset="utf-8"><title>دوزبان</title></head>
                <body>
                <main>
                <p>این یک متن کوتاه فارسی است که برای آزمودن نوشته شده است.</p>
                <p lang="en" dir="ltr">An English paragraph inside a Persian page.</p>
                </main>
                </body>
                </html>
                """);

        List<HtmlMessage> errors = errors(checker.check(page, "good.html"));

        assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
    }

    @Test
    void reportsEachErrorWithItsLineAndColumn() throws IOException {
        Path page = write("bad.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"></head>
                <body>
                <p>Text <div>block in a paragraph</div></p>
                <img src="a.png">
                </body>
                </html>
                """);

        List<HtmlMessage> errors = errors(checker.check(page, "bad.html"));

        assertTrue(errors.stream().anyMatch(e -> e.line() == 3 && e.message().contains("title")),
                () -> "missing <title> not reported on line 3: " + errors);
        assertTrue(errors.stream().anyMatch(e -> e.line() == 5 && e.message().contains("“p” end tag")),
                () -> "stray </p> not reported on line 5: " + errors);
        assertTrue(errors.stream().anyMatch(e -> e.line() == 6 && e.message().contains("alt")),
                () -> "<img> without alt not reported on line 6: " + errors);
        HtmlMessage first = errors.get(0);
        assertEquals("bad.html:" + first.line() + ":" + first.column() + ": " + first.message(), first.toString());
        assertTrue(first.column() > 0, () -> "no column in " + first);
    }

    @Test
    void messagesOfOnePageDoNotLeakIntoTheNext() throws IOException {
        Path bad = write("bad.html", "<!DOCTYPE html><html lang=en><title>x</title><p></span>");
        Path good = write("good.html", "<!DOCTYPE html><html lang=en><title>x</title><p>fine");

        List<HtmlMessage> badErrors = errors(checker.check(bad, "bad.html"));
        List<HtmlMessage> goodErrors = errors(checker.check(good, "good.html"));

        assertTrue(!badErrors.isEmpty() && goodErrors.isEmpty(), () -> badErrors + " / " + goodErrors);
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(dir.resolve(name), html);
    }

    private static List<HtmlMessage> errors(List<HtmlMessage> messages) {
        return messages.stream().filter(HtmlMessage::error).toList();
    }
}
