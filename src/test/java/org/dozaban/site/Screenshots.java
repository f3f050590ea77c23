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

    static final int WIDTH = 1280;
    /** Very long pages are cut here; the shot is for reviewing the design, not every line. */
    static final int MAX_HEIGHT = 8000;
    private static final int MIN_HEIGHT = 800;

    private Screenshots() {
    }

    /** Loads {@code url} at desktop width and writes a PNG of the whole page to {@code file}. */
    static void save(WebDriver driver, String url, Path file) throws IOException {
        Viewport.resize(driver, WIDTH, MIN_HEIGHT);
        driver.get(url);
        long height = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;")).longValue();
        Viewport.resize(driver, WIDTH, (int) Math.max(MIN_HEIGHT, Math.min(height, MAX_HEIGHT)));
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
