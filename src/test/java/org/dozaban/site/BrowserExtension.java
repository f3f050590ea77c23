package org.dozaban.site;

import org.dozaban.publish.Publisher;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Gives test classes Debian's headless Chromium as a {@link WebDriver} parameter. One browser serves
 * every test class of a run: starting one takes a second or more, so it is kept in the root store
 * and quit when the run ends. Without the browser the classes are skipped, except under
 * {@code CI=true}, where a missing browser is a failure.
 */
final class BrowserExtension implements BeforeAllCallback, ParameterResolver {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        requireBrowser(CHROMIUM, CHROMEDRIVER, "true".equals(System.getenv("CI")));
    }

    /** Returns when both executables are there; otherwise skips the tests, or fails them under CI. */
    static void requireBrowser(Path browser, Path driver, boolean ci) {
        if (Files.isExecutable(browser) && Files.isExecutable(driver)) {
            return;
        }
        String message = "browser tests need " + browser + " and " + driver
                + " (Debian: apt-get install chromium chromium-driver)";
        if (ci) {
            fail(message + "; CI=true, so they may not be skipped");
        }
        assumeTrue(false, message + "; skipped");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedBrowser.class, key -> SharedBrowser.start(), SharedBrowser.class)
                .driver();
    }

    /** The running browser and its throw-away profile; closed by JUnit at the end of the run. */
    private record SharedBrowser(ChromeDriver driver, Path profile) implements AutoCloseable {

        static SharedBrowser start() {
            try {
                Path profile = Files.createTempDirectory("dozaban-chromium-");
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build();
                ChromeOptions options = new ChromeOptions()
                        .setBinary(CHROMIUM.toString())
                        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                                "--disable-background-networking", "--disable-component-update",
                                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
                ChromeDriver driver = new ChromeDriver(service, options);
                driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
                return new SharedBrowser(driver, profile);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a browser profile folder", e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                Publisher.deleteTree(profile);
            }
        }
    }
}
