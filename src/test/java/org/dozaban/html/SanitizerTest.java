package org.dozaban.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-site scripting vectors in article HTML must come out harmless. */
class SanitizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=\"x.png\" onerror=\"alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<style>body{display:none}</style>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
        "<form action=\"https://evil.example/\"><input name=\"q\"></form>",
        "<p onmouseover=\"alert(1)\">x</p>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<a href=\"https://example.org/\" target=\"_blank\">x</a>",
    })
    void dangerousMarkupIsRemoved(String html) {
        String clean = ArticleHtml.process(html, "en");
        Element body = Jsoup.parseBodyFragment(clean).body();
        String lower = clean.toLowerCase(Locale.ROOT);
        assertTrue(body.select("script, style, iframe, object, embed, svg, math, form, input").isEmpty(), clean);
        assertTrue(body.select("[style], [target], [onerror], [onload], [onclick], [onmouseover]").isEmpty(), clean);
        assertFalse(lower.contains("javascript:"), clean);
        assertFalse(lower.contains("data:"), clean);
    }
}
