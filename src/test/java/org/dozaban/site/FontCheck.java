package org.dozaban.site;

import org.dozaban.text.Language;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that Persian (and Arabic) text is set in the self-hosted Persian face: every block whose
 * own text is in the Arabic script names it first in its computed font-family, and the browser
 * actually loaded it.
 */
final class FontCheck {

    /** The face BIDI.md chooses for Persian text, served from the site's assets. */
    static final String PERSIAN_FACE = "Vazirmatn";

    private static final String LOADED_FACES =
            "return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family);";

    private FontCheck() {
    }

    /** Failures on the loaded page, each naming {@code page}, the block and its text. */
    static List<String> check(WebDriver driver, String page) {
        List<DirectionCheck.Block> blocks = DirectionCheck.collect(driver);
        List<String> failures = new ArrayList<>();
        boolean persianText = false;
        for (DirectionCheck.Block block : blocks.subList(1, blocks.size())) {
            Optional<String> lang = DirectionCheck.dominantLanguage(block);
            if (lang.isEmpty() || !Language.isRightToLeft(lang.get())) {
                continue;
            }
            persianText = true;
            String first = firstFamily(block.font());
            if (!PERSIAN_FACE.equalsIgnoreCase(first)) {
                failures.add(DirectionCheck.describe(page, block, "set in " + first + ", not " + PERSIAN_FACE));
            }
        }
        if (persianText && !loadedFaces(driver).contains(PERSIAN_FACE.toLowerCase(Locale.ROOT))) {
            failures.add(page + ": the " + PERSIAN_FACE + " font was not loaded");
        }
        return failures;
    }

    private static String firstFamily(String fontFamily) {
        String first = fontFamily.split(",", 2)[0].strip();
        return first.replaceAll("^[\"']|[\"']$", "");
    }

    private static List<String> loadedFaces(WebDriver driver) {
        List<?> families = (List<?>) ((JavascriptExecutor) driver).executeScript(LOADED_FACES);
        return families.stream().map(f -> firstFamily(f.toString()).toLowerCase(Locale.ROOT)).toList();
    }
}
