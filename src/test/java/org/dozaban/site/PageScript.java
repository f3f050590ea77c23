package org.dozaban.site;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A script from the test resources beside this class, run in the page with {@code common.js} before it. */
final class PageScript {

    private static final String COMMON = read("common.js");

    private final String source;

    private PageScript(String source) {
        this.source = source;
    }

    /** Loads {@code name} from the test resources of this package. */
    static PageScript load(String name) {
        return new PageScript(COMMON + "\n" + read(name));
    }

    /** Runs the script in the page loaded in {@code driver} and returns its result. */
    Object run(WebDriver driver) {
        return ((JavascriptExecutor) driver).executeScript(source);
    }

    private static String read(String name) {
        try (InputStream in = PageScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
