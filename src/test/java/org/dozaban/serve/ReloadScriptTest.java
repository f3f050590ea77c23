package org.dozaban.serve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReloadScriptTest {

    @Test
    void goesBeforeTheLastClosingBodyTagInAnyCase() {
        String page = ReloadScript.inject("<html><body><pre>&lt;/body&gt;</pre></BODY></html>", "abc-2", null);
        assertTrue(page.startsWith("<html><body><pre>&lt;/body&gt;</pre><script data-build=\"abc-2\">"), page);
        assertTrue(page.endsWith("</script>\n</BODY></html>"), page);
    }

    @Test
    void goesAtTheEndOfAPageWithoutABodyTag() {
        String page = ReloadScript.inject("<p>fragment</p>", "none", "x.html");
        assertTrue(page.startsWith("<p>fragment</p><script data-build=\"none\" data-file=\"x.html\">"), page);
        assertTrue(page.endsWith("</script>\n"), page);
    }

    @Test
    void namesThePagesFileInAnAttributeWhateverItHolds() {
        String page = ReloadScript.inject("<body></body>", "a-1", "fa/\"<&>'/index.html");
        assertTrue(page.startsWith("<body><script data-build=\"a-1\" data-file=\"fa/&quot;&lt;&amp;&gt;'/index.html\">"), page);
    }
}
