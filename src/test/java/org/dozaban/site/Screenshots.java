package org.dozaban.site;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whole-page screenshots: the viewport is stretched to the page's height before the shot. */
final class Screenshots {

    /** Desktop and phone widths, in CSS pixels. */
    static final int DESKTOP = 1280;
    static final int PHONE = 360;
    /** Very long pages are cut here; the shot is for reviewing the design, not every line. */
    static final int MAX_HEIGHT = 8000;
    private static final int MIN_HEIGHT = 800;

    private Screenshots() {
    }

    /** Loads {@code url} at {@code width} and writes a PNG of the whole page to {@code file}. */
    static void save(WebDriver driver, String url, int width, Path file) throws IOException {
        Viewport.resize(driver, width, MIN_HEIGHT);
        Loading.open(driver, url);
        long height = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;")).longValue();
        Viewport.resize(driver, width, (int) Math.max(MIN_HEIGHT, Math.min(height, MAX_HEIGHT)));
        Loading.fontsReady(driver);
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
