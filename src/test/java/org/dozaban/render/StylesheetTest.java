package org.dozaban.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one stylesheet serves both directions, and the font it names ships with its licence. */
class StylesheetTest {

    static final Path ASSETS = RenderedSite.TEMPLATES.resolve("assets");

    /** Physical properties and values that would tie a rule to one direction. */
    static final Pattern PHYSICAL = Pattern.compile(
            "(?<![\\w-])(margin|padding|border|inset)-(left|right|top|bottom)\\b"
                    + "|(?<![\\w-])(left|right|top|bottom)\\s*:"
                    + "|(?<![\\w-])(float|clear|text-align)\\s*:\\s*(left|right)\\b"
                    + "|(?<![\\w-])direction\\s*:");

    private static String css() throws IOException {
        String css = Files.readString(ASSETS.resolve("style.css"), StandardCharsets.UTF_8);
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    @Test
    void usesLogicalPropertiesOnly() throws IOException {
        List<String> found = new ArrayList<>();
        Matcher matcher = PHYSICAL.matcher(css());
        while (matcher.find()) {
            found.add(matcher.group());
        }
        assertEquals(List.of(), found);
    }

    @Test
    void hasDarkPrintAndFocusStyles() throws IOException {
        String css = css();
        assertTrue(css.contains("@media (prefers-color-scheme: dark)"));
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains(":focus-visible"));
        assertTrue(css.contains(".skip-link:focus"));
        assertTrue(css.contains("overflow-wrap: anywhere"));
    }

    @Test
    void fontFacesSwapAndPointToShippedFiles() throws IOException {
        String css = css();
        Matcher faces = Pattern.compile("@font-face\\s*\\{([^}]*)}").matcher(css);
        int count = 0;
        while (faces.find()) {
            count++;
            assertTrue(faces.group(1).contains("font-display: swap"), faces.group());
        }
        assertTrue(count > 0, "no @font-face");
        Matcher urls = Pattern.compile("url\\(\"?([^\")]+)\"?\\)").matcher(css);
        while (urls.find()) {
            assertTrue(Files.isRegularFile(ASSETS.resolve(urls.group(1))), "missing " + urls.group(1));
        }
    }

    @Test
    void fontsShipWithTheirLicenceAndStaySmall() throws IOException {
        Path fonts = ASSETS.resolve("fonts");
        assertTrue(Files.readString(fonts.resolve("OFL.txt")).contains("SIL Open Font License"));
        long bytes;
        try (Stream<Path> files = Files.list(fonts)) {
            bytes = files.filter(p -> p.toString().endsWith(".woff2")).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(bytes > 0 && bytes < 1_000_000, bytes + " bytes of fonts");
        assertFalse(css().contains("!important"));
    }
}
