package org.dozaban.site;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

import java.util.List;
import java.util.Map;

/** Switches the page's {@code prefers-color-scheme} through the DevTools protocol. */
final class ColorScheme {

    private ColorScheme() {
    }

    /** Emulates {@code scheme} ("dark" or "light") for pages loaded from now on and the current one. */
    static void emulate(WebDriver driver, String scheme) {
        ((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Whether the current page now matches {@code (prefers-color-scheme: scheme)}. */
    static boolean matches(WebDriver driver, String scheme) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return matchMedia('(prefers-color-scheme: ' + arguments[0] + ')').matches;", scheme));
    }
}
