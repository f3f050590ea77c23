package org.dozaban.site;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.List;

/**
 * Sizes the browser's viewport. Window size and viewport differ by whatever frame the browser draws
 * (in headless Chromium, none across and some height), so the window is sized, the viewport
 * measured, and the window corrected by the difference.
 */
final class Viewport {

    private Viewport() {
    }

    /** Makes the viewport exactly {@code width} by {@code height} CSS pixels. */
    static void resize(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        List<Long> inner = measure(driver);
        int wantedWidth = width + (width - inner.get(0).intValue());
        int wantedHeight = height + (height - inner.get(1).intValue());
        if (wantedWidth != width || wantedHeight != height) {
            driver.manage().window().setSize(new Dimension(wantedWidth, wantedHeight));
            inner = measure(driver);
        }
        if (inner.get(0) != width) {
            throw new IllegalStateException("cannot make the viewport " + width + " px wide; it is " + inner.get(0));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Long> measure(WebDriver driver) {
        return (List<Long>) ((JavascriptExecutor) driver).executeScript("return [window.innerWidth, window.innerHeight];");
    }
}
