package org.dozaban.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleHtmlTest {

    private static Element body(String html, String lang) {
        return Jsoup.parseBodyFragment(ArticleHtml.process(html, lang)).body();
    }

    private static Element first(String html, String lang, String selector) {
        Element found = body(html, lang).selectFirst(selector);
        assertTrue(found != null, "no " + selector + " in " + ArticleHtml.process(html, lang));
        return found;
    }

    @ParameterizedTest(name = "{0} in {1} article -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "این بند به فارسی نوشته شده است.       | en | rtl | fa",
        "This paragraph is written in English. | fa | ltr | en",
        "هذه مدينة السلام والمحبة              | en | rtl | ar",
        "هذه مدينة السلام والمحبة              | fa | rtl | ar",
        "شرکت بزرگ IBM در این پیمان شرکت نکرده است. | en | rtl | fa",
    })
    void paragraphInAnotherLanguageIsMarked(String text, String articleLang, String dir, String lang) {
        Element p = first("<p>" + text + "</p>", articleLang, "p");
        assertEquals(dir, p.attr("dir"));
        assertEquals(lang, p.attr("lang"));
    }

    @Test
    void persianBlockInEnglishArticleIsolatesItsEnglishWords() {
        Element p = first("<p>شرکت بزرگ IBM در این پیمان شرکت نکرده است.</p>", "en", "p[dir=rtl]");
        assertEquals("IBM", p.select("span[dir=ltr][lang=en]").text());
    }

    @Test
    void blockInTheArticleLanguageGetsNoAttributes() {
        Element p = first("<p>این بند فارسی است.</p>", "fa", "p");
        assertFalse(p.hasAttr("dir"));
        assertFalse(p.hasAttr("lang"));
    }

    @Test
    void mixedEnglishSentenceStaysEnglishWithPersianPhraseIsolated() {
        Element p = first("<p>The poem «بنی آدم اعضای یکدیگرند» is by Saadi.</p>", "en", "p");
        assertFalse(p.hasAttr("dir"));
        Elements spans = p.select("span[dir]");
        assertEquals(1, spans.size(), p.outerHtml());
        assertEquals("rtl", spans.first().attr("dir"));
        assertEquals("fa", spans.first().attr("lang"));
        assertEquals("بنی آدم اعضای یکدیگرند", spans.first().text());
        assertTrue(p.html().contains("«<span") && p.html().contains("</span>»"), "quotes stay outside: " + p.html());
    }

    @Test
    void blockquoteOfPersianParagraphsIsMarkedOnce() {
        Element quote = first("<blockquote><p>بنی آدم اعضای یکدیگرند</p><p>که در آفرینش ز یک گوهرند</p>"
                + "</blockquote>", "en", "blockquote");
        assertEquals("rtl", quote.attr("dir"));
        assertEquals("fa", quote.attr("lang"));
        assertTrue(quote.select("p[dir], p[lang]").isEmpty(), quote.outerHtml());
    }

    @Test
    void authorAttributesWin() {
        Element p = first("<p lang=\"fa-Latn\" dir=\"ltr\">Bani Adam aza-ye yekdigarand</p>", "fa", "p");
        assertEquals("fa-Latn", p.attr("lang"));
        assertEquals("ltr", p.attr("dir"));
        Element persian = first("<p dir=\"ltr\" lang=\"en\">این بند فارسی است.</p>", "en", "p");
        assertEquals("ltr", persian.attr("dir"));
        assertEquals("en", persian.attr("lang"));
    }

    @Test
    void authorLanguageAloneGetsItsDirection() {
        assertEquals("rtl", first("<p lang=\"fa\">Salam</p>", "en", "p").attr("dir"));
    }

    @Test
    void preformattedCodeInPersianArticleRunsLeftToRight() {
        assertEquals("ltr", first("<pre><code>mvn -B verify</code></pre>", "fa", "pre").attr("dir"));
        assertEquals("ltr", first("<p>دستور <code>mvn verify</code> را بزنید.</p>", "fa", "code").attr("dir"));
    }

    @Test
    void noWrappingInsideCode() {
        Element p = first("<p>دستور <code>git commit IBM</code> را بزنید.</p>", "fa", "p");
        assertTrue(p.select("code span").isEmpty(), p.outerHtml());
    }

    @Test
    void existingSpanWithDirectionIsLeftAlone() {
        Element p = first("<p>متن <span dir=\"ltr\" lang=\"en\">IBM and NPT</span> است.</p>", "fa", "p");
        assertEquals(1, p.select("span").size(), p.outerHtml());
    }

    @Test
    void phraseCoveringALinkWrapsTheWholeLink() {
        Element p = first("<p>مدیر <a href=\"https://www.ibm.com/\">IBM</a> گفت.</p>", "fa", "p");
        Element span = p.selectFirst("span[dir=ltr][lang=en]");
        assertTrue(span != null && span.child(0).is("a[href]"), p.outerHtml());
    }

    @Test
    void phraseStartingInsideEmphasisKeepsMarkupValid() {
        Element p = first("<p>این <em>خبر از New</em> York Times است.</p>", "fa", "p");
        assertEquals("خبر از New", p.selectFirst("em").text());
        assertEquals("New York Times", p.select("span[dir=ltr]").text());
        assertTrue(p.html().endsWith("</span> است."), "spaces stay outside: " + p.html());
        assertTrue(p.select("span[dir=ltr]").stream().noneMatch(s -> s.wholeText().isBlank()
                || !s.wholeText().equals(s.wholeText().strip())), p.html());
    }

    @Test
    void footnotesAndTablesSurvive() {
        String html = "<p>Text<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>"
                + "<table><thead><tr><th align=\"left\">a</th></tr></thead><tbody><tr><td align=\"right\">1</td>"
                + "</tr></tbody></table><div class=\"footnotes\"><hr><ol><li id=\"fn-1\"><p>Note</p>"
                + "<a href=\"#fnref-1\" class=\"footnote-backref\">&#8617;</a></li></ol></div>";
        Element body = body(html, "en");
        assertEquals("#fn-1", body.selectFirst("sup#fnref-1 a.footnote-ref").attr("href"));
        assertEquals("#fnref-1", body.selectFirst("div.footnotes li#fn-1 a.footnote-backref").attr("href"));
        assertEquals("align-start", body.selectFirst("th").className());
        assertEquals("align-end", body.selectFirst("td").className());
        assertTrue(body.select("[align]").isEmpty());
    }

    @Test
    void directionAndLanguageValuesTheCheckerWouldRejectAreDropped() {
        Element p = first("<p dir=\"sideways\" lang=\"!!\">x</p><p lang=\"zz\">y</p>", "en", "p");
        assertFalse(p.hasAttr("dir"));
        assertFalse(p.hasAttr("lang"));
        assertTrue(body("<p lang=\"zz\">y</p>", "en").select("[lang]").isEmpty());
        assertEquals("fa-Latn", first("<p lang=\"fa-Latn\">Salam</p>", "en", "p").attr("lang"));
    }

    @Test
    void relativeLinksStayRelative() {
        assertEquals("../2014/06/other/", first("<a href=\"../2014/06/other/\">x</a>", "en", "a").attr("href"));
    }
}
