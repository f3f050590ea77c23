package org.dozaban.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleTest {

    private static Article dated(LocalDate date) {
        return new Article(Path.of("content/en/a.md"), "en", "a-title", "A title", null, date, List.of(), null,
                null, null, null, null, null, null, false, "", 1, null);
    }

    /** A publisher whose machine speaks Persian or Arabic must still get ASCII digits in URLs. */
    @Test
    void urlPathHasAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            for (String tag : List.of("fa-IR", "ar-EG", "hi-IN-u-nu-deva")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertEquals("en/2014/06/a-title/", dated(LocalDate.of(2014, 6, 17)).urlPath(), tag);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void undatedArticlesLiveUnderUndated() {
        assertEquals("en/undated/a-title/", dated(null).urlPath());
    }

    @Test
    void yearsHaveFourDigitsAndMonthsTwo() {
        assertEquals("en/0998/12/a-title/", dated(LocalDate.of(998, 12, 1)).urlPath());
        assertEquals("en/2024/10/a-title/", dated(LocalDate.of(2024, 10, 31)).urlPath());
        assertEquals("en/0001/01/a-title/", dated(LocalDate.of(1, 1, 1)).urlPath());
        assertEquals("en/12345/01/a-title/", dated(LocalDate.of(12345, 1, 1)).urlPath());
    }
}
