package org.dozaban.site;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrowserExtensionTest {

    private static final Path NOWHERE = Path.of("/nonexistent/chromium");

    @Test
    void skipsWithoutABrowser() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> BrowserExtension.requireBrowser(NOWHERE, BrowserExtension.CHROMEDRIVER, false));
        assertTrue(skipped.getMessage().contains("apt-get install chromium chromium-driver"), skipped.getMessage());
    }

    @Test
    void failsWithoutABrowserUnderContinuousIntegration() {
        assertThrows(AssertionFailedError.class,
                () -> BrowserExtension.requireBrowser(BrowserExtension.CHROMIUM, NOWHERE, true));
    }
}
