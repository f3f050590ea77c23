package org.dozaban.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of every site under test passes the Nu Html Checker without errors. */
class HtmlValidityTest {

    @TempDir
    static Path work;

    private static List<BuiltSite> sites;
    private static HtmlChecker checker;

    @BeforeAll
    static void buildSites() throws Exception {
        sites = TestSites.prepare(work);
        checker = new HtmlChecker();
    }

    @TestFactory
    Stream<DynamicTest> everyPageIsValidHtml() {
        return sites.stream().map(site -> DynamicTest.dynamicTest(site.name(), () -> checkSite(site)));
    }

    private static void checkSite(BuiltSite site) throws IOException {
        List<String> pages = site.pages();
        assertFalse(pages.isEmpty(), () -> "no HTML pages in " + site.root());
        List<HtmlMessage> errors = new ArrayList<>();
        for (String page : pages) {
            for (HtmlMessage message : checker.check(site.file(page), site.label(page))) {
                if (message.error()) {
                    errors.add(message);
                } else {
                    System.out.println(message);
                }
            }
        }
        assertTrue(errors.isEmpty(), () -> errors.size() + " error(s) in " + pages.size() + " pages of "
                + site.name() + ":\n" + errors.stream().map(HtmlMessage::toString).collect(Collectors.joining("\n")));
    }
}
