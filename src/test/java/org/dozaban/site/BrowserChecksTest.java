package org.dozaban.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The browser checks of the whole-site suite, each shown failing on a page made to break it. */
@ExtendWith(BrowserExtension.class)
class BrowserChecksTest {

    private static final String PERSIAN = "این یک بند فارسی است که دولت عراق را توصیف می‌کند.";
    private static final String ENGLISH = "This is an English paragraph about the government of Iraq.";

    private static WebDriver driver;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp(WebDriver browser) {
        driver = browser;
        Viewport.resize(browser, 1280, 900);
    }

    @Test
    void directionPassesAWellMarkedMixedPage() throws IOException {
        load("fa", """
                <main>
                <h1>عراق</h1>
                <p>%s <span dir="ltr" lang="en">Barack Obama</span> و <bdi>IBM</bdi></p>
                <p lang="en" dir="ltr">%s</p>
                <article lang="en" dir="ltr"><h2>Iraq</h2><p>%s</p>
                <blockquote lang="fa" dir="rtl"><p>%s</p></blockquote></article>
                <p lang="en" dir="ltr">The poem «بنی آدم اعضای یکدیگرند» is by Saadi.</p>
                <ul><li>OK</li></ul>
                </main>
                """.formatted(PERSIAN, ENGLISH, ENGLISH, PERSIAN));

        assertEquals(List.of(), DirectionCheck.check(driver, "mixed.html"));
    }

    @Test
    void directionFailsOnAPersianParagraphLaidOutLeftToRight() throws IOException {
        load("fa", "<main><p>ok</p><p dir=\"ltr\">" + PERSIAN + "</p></main>");

        List<String> failures = DirectionCheck.check(driver, "page.html");

        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).startsWith("page.html: body > main > p:nth-of-type(2): laid out ltr, its text is rtl: \"این"),
                failures.get(0));
    }

    @Test
    void directionFailsOnAnEnglishParagraphWithoutItsLanguage() throws IOException {
        load("fa", "<main><p dir=\"ltr\">" + ENGLISH + "</p></main>");

        List<String> failures = DirectionCheck.check(driver, "page.html");

        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("body > main > p: lang is \"fa\", its text is en"), failures.get(0));
    }

    @Test
    void directionFailsOnAnEnglishArticleInThePersianInterfaceLeftUnmarked() throws IOException {
        load("fa", "<main><article><h1>Iraq at war</h1><p>" + ENGLISH + "</p></article></main>");

        List<String> failures = DirectionCheck.check(driver, "page.html");

        assertTrue(failures.stream().anyMatch(f -> f.startsWith("page.html: body > main > article: laid out rtl")), failures::toString);
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("page.html: body > main > article > p: laid out rtl, its text is ltr; lang")),
                failures::toString);
    }

    @Test
    void directionFailsOnAPageWithoutLanguage() throws IOException {
        loadHtml("<!DOCTYPE html><html><head><meta charset=utf-8><title>x</title></head><body><p>"
                + ENGLISH + "</p></body></html>");

        List<String> failures = DirectionCheck.check(driver, "page.html");

        assertTrue(failures.contains("page.html: <html> has no lang"), failures::toString);
    }

    @Test
    void fontPassesPersianTextInTheLoadedPersianFace() throws IOException {
        Path face = persianFaceFile();
        load("fa", "<style>@font-face { font-family: Vazirmatn; src: url('" + face.toUri() + "'); }"
                + " body { font-family: Vazirmatn, sans-serif; } [lang=en] { font-family: serif; }</style>"
                + "<main><p>" + PERSIAN + "</p><p lang=\"en\" dir=\"ltr\">" + ENGLISH + "</p></main>");
        Loading.fontsReady(driver);

        assertEquals(List.of(), FontCheck.check(driver, "page.html"));
    }

    @Test
    void fontFailsOnPersianTextInAnotherFace() throws IOException {
        load("fa", "<style>h1 { font-family: serif; }</style><main><h1>دوزبان و عراق</h1></main>");

        List<String> failures = FontCheck.check(driver, "page.html");

        assertTrue(failures.contains("page.html: body > main > h1: set in serif, not Vazirmatn: \"دوزبان و عراق\""), failures::toString);
    }

    @Test
    void fontFailsWhenThePersianFaceIsNamedButNotLoaded() throws IOException {
        load("fa", "<style>body { font-family: Vazirmatn, sans-serif; }</style><main><p>" + PERSIAN + "</p></main>");

        List<String> failures = FontCheck.check(driver, "page.html");

        assertEquals(List.of("page.html: the Vazirmatn font was not loaded"), failures);
    }

    @Test
    void overflowFailsOnAPageWiderThanAPhone() throws IOException {
        load("en", "<main><p>" + ENGLISH + "</p><pre id=\"code\">" + "x".repeat(120) + "</pre></main>");
        try {
            Viewport.resize(driver, 360, 900);
            Optional<String> narrow = OverflowCheck.check(driver, "page.html");
            Viewport.resize(driver, 1280, 900);
            Optional<String> wide = OverflowCheck.check(driver, "page.html");

            assertTrue(narrow.isPresent() && narrow.get().startsWith("page.html: ")
                    && narrow.get().contains("in a 360 px viewport") && narrow.get().contains("#code"), narrow::toString);
            assertEquals(Optional.empty(), wide);
        } finally {
            Viewport.resize(driver, 1280, 900);
        }
    }

    @Test
    void overflowFailsWhenARightToLeftPageSticksOutOnTheLeft() throws IOException {
        load("fa", "<main><p>" + PERSIAN + "</p><div style=\"inline-size: 2000px\">" + PERSIAN + "</div></main>");

        Optional<String> failure = OverflowCheck.check(driver, "page.html");

        assertTrue(failure.isPresent() && failure.get().contains("main > div"), failure::toString);
    }

    @Test
    void viewportIsExactlyTheWidthAsked() throws IOException {
        load("en", "<p>" + ENGLISH + "</p>");
        try {
            Viewport.resize(driver, 360, 700);
            Object width = ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
            assertEquals(360L, ((Number) width).longValue());
        } finally {
            Viewport.resize(driver, 1280, 900);
        }
    }

    @Test
    void axePassesAnAccessiblePage() throws IOException {
        load("en", "<header><nav><a href=\"#\">Home</a></nav></header><main><h1>Iraq</h1><p>"
                + ENGLISH + "</p></main><footer><p>Dozaban</p></footer>");

        assertEquals(List.of(), AxeCheck.check(driver, "page.html"));
    }

    @Test
    void axeFailsOnAnImageWithoutTextAndUnreadableText() throws IOException {
        load("en", "<main><h1>Iraq</h1><img src=\"x.png\" width=\"10\" height=\"10\">"
                + "<p style=\"color:#777;background:#888\">" + ENGLISH + "</p></main>");

        List<String> failures = AxeCheck.check(driver, "page.html");

        assertTrue(failures.stream().anyMatch(f -> f.startsWith("page.html: image-alt (critical) [img]")), failures::toString);
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("page.html: color-contrast (serious)")), failures::toString);
    }

    /** The repository's own Persian web font; the templates are the only place it is kept. */
    private static Path persianFaceFile() throws IOException {
        Path fonts = TestSites.TEMPLATES.resolve("assets");
        assumeTrue(Files.isDirectory(fonts), "no templates/assets yet");
        try (Stream<Path> files = Files.walk(fonts)) {
            Optional<Path> face = files.filter(f -> f.getFileName().toString().startsWith(FontCheck.PERSIAN_FACE)
                    && f.toString().endsWith(".woff2")).findFirst();
            assumeTrue(face.isPresent(), "no " + FontCheck.PERSIAN_FACE + " woff2 under " + fonts);
            return face.get().toAbsolutePath();
        }
    }

    /** Loads a page in {@code lang} whose body is {@code body}. */
    private void load(String lang, String body) throws IOException {
        String dir = "fa".equals(lang) ? "rtl" : "ltr";
        loadHtml("""
                <!DOCTYPE html>
                <html lang="%s" dir="%s">
                <head><meta charset="utf-8"><title>%s</title></head>
                <body>%s</body>
                </html>
                """.formatted(lang, dir, lang, body));
    }

    private void loadHtml(String html) throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), html);
        driver.get(page.toUri().toString());
    }
}
