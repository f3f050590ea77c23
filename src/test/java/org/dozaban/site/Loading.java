package org.dozaban.site;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Opens pages and waits until their web fonts are in: until then text is laid out in a fallback
 * font, with other widths (overflow) and other looks (screenshots).
 */
final class Loading {

    private static final String FONTS_READY =
            "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));";

    private Loading() {
    }

    /** Loads {@code url} and returns once the page and its fonts are loaded. */
    static void open(WebDriver driver, String url) {
        driver.get(url);
        fontsReady(driver);
    }

    /** Waits for the fonts of the current page, after a resize that may need new ones. */
    static void fontsReady(WebDriver driver) {
        ((JavascriptExecutor) driver).executeAsyncScript(FONTS_READY);
    }
}
