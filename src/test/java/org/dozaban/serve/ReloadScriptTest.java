package org.dozaban.serve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReloadScriptTest {

    @Test
    void goesBeforeTheLastClosingBodyTagInAnyCase() {
        String page = ReloadScript.inject("<html><body><pre>&lt;/body&gt;</pre></BODY></html>", "abc-2");
        assertTrue(page.startsWith("<html><body><pre>&lt;/body&gt;</pre><script data-build=\"abc-2\">"), page);
        assertTrue(page.endsWith("</script>\n</BODY></html>"), page);
    }

    @Test
    void goesAtTheEndOfAPageWithoutABodyTag() {
        String page = ReloadScript.inject("<p>fragment</p>", "none");
        assertTrue(page.startsWith("<p>fragment</p><script data-build=\"none\">"), page);
        assertTrue(page.endsWith("</script>\n"), page);
    }
}
