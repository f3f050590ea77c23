package org.dozaban.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The filters and functions read the page's language and path from the context. */
class DozabanExtensionTest {

    private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
            .loader(new StringLoader())
            .strictVariables(true)
            .extension(new DozabanExtension())
            .build();

    private static String render(String template, String lang, String path, Map<String, Object> extra)
            throws Exception {
        PageMeta page = new PageMeta(path, lang, "fa".equals(lang) ? "rtl" : "ltr", "home", "t", "s", "",
                "https://example.org/", "website", lang + "/", lang + "/topics/", "",
                List.of(), List.of(), "");
        UiStrings ui = new UiStrings(lang, Map.of("count", "{0, plural, one {# item} other {# items}}",
                "pages", "{0, plural, one {# page} other {# pages}}"),
                Map.of("fa", "فارسی", "en", "English"));
        var context = new java.util.HashMap<String, Object>(extra);
        context.put("page", page);
        context.put("ui", ui);
        StringWriter out = new StringWriter();
        ENGINE.getTemplate(template).evaluate(out, context);
        return out.toString();
    }

    @Test
    void dateFollowsThePageLanguage() throws Exception {
        Map<String, Object> date = Map.of("d", LocalDate.of(2014, 6, 17));
        assertEquals("17 June 2014", render("{{ d | date }}", "en", "index.html", date));
        assertEquals("۲۷ خرداد ۱۳۹۳", render("{{ d | date }}", "fa", "index.html", date));
    }

    @Test
    void digitsFollowThePageLanguage() throws Exception {
        Map<String, Object> n = Map.of("n", 1234);
        assertEquals("1,234", render("{{ n | digits }}", "en", "index.html", n));
        assertEquals("۱٬۲۳۴", render("{{ n | digits }}", "fa", "index.html", n));
    }

    @Test
    void dirMapsLanguageToDirection() throws Exception {
        assertEquals("rtl ltr", render("{{ 'fa' | dir }} {{ 'en' | dir }}", "en", "index.html", Map.of()));
    }

    @Test
    void textdirCountsLetters() throws Exception {
        Map<String, Object> names = Map.of("a", "IBM شرکتی بزرگ است", "b", "Lena Hart");
        assertEquals("rtl ltr", render("{{ a | textdir }} {{ b | textdir }}", "en", "index.html", names));
    }

    @Test
    void langattrsMarksTextThatAnotherScriptDominates() throws Exception {
        Map<String, Object> texts = Map.of("verse", "بنی آدم اعضای یکدیگرند", "mixed", "The poem «بنی آدم» is old");
        assertEquals("<p lang=\"fa\" dir=\"rtl\"></p>",
                render("<p{{ verse | langattrs('en') }}></p>", "en", "index.html", texts));
        assertEquals("<p></p>", render("<p{{ mixed | langattrs('en') }}></p>", "en", "index.html", texts));
        assertEquals("<p></p>", render("<p{{ verse | langattrs('fa') }}></p>", "fa", "index.html", texts));
    }

    @Test
    void urlIsRelativeToTheCurrentPage() throws Exception {
        assertEquals("../../fa/index.html", render("{{ url('fa/') }}", "en", "en/topics/index.html", Map.of()));
    }

    @Test
    void msgFormatsPluralsInThePageDigits() throws Exception {
        assertEquals("1 item", render("{{ msg('count', 1) }}", "en", "index.html", Map.of()));
        assertEquals("3 items", render("{{ msg('count', 3) }}", "en", "index.html", Map.of()));
        // numbers of views, as ints and as longs, in either language, asked for again and again
        for (int round = 0; round < 2; round++) {
            assertEquals("1 item", render("{{ msg('count', n) }}", "en", "index.html", Map.of("n", 1L)));
            assertEquals("12 items", render("{{ msg('count', n) }}", "en", "index.html", Map.of("n", 12)));
            assertEquals("۱۲ items", render("{{ msg('count', n) }}", "fa", "index.html", Map.of("n", 12L)));
            assertEquals("۳ items", render("{{ msg('count', n) }}", "fa", "index.html", Map.of("n", 3)));
            // the same number in another message
            assertEquals("۳ pages", render("{{ msg('pages', n) }}", "fa", "index.html", Map.of("n", 3L)));
            assertEquals("12 pages", render("{{ msg('pages', n) }}", "en", "index.html", Map.of("n", 12)));
        }
    }
}
