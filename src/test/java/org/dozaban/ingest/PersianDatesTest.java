package org.dozaban.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersianDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "۲۷ خرداد ۱۳۹۳|2014-06-17",
            "سه‌شنبه ۲۷ خرداد ۱۳۹۳|2014-06-17",
            "۲۷ جوزا ۱۳۹۳|2014-06-17",
            "1393/03/27|2014-06-17",
            "1393-06-10 SH|2014-09-01",
            "30 اسفند 1395|2017-03-20",
    })
    void convertsSolarHijriDates(String text, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), PersianDates.parseWhole(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30 اسفند 1393", "32 خرداد 1393", "۲۷ خردادماه", "27 June 2014", "1393"})
    void rejectsWhatIsNotOneValidDate(String text) {
        assertEquals(Optional.empty(), PersianDates.parseWhole(text));
    }

    @Test
    void aPersianPageKeepsItsTitleAboveADateLineAndAnAuthorLine() throws Exception {
        String paragraph = "وزارت نیرو روز شنبه اعلام کرد که ذخایر آب سدهای شرقی کشور به کمترین میزان در ده سال گذشته"
                + " رسیده است.";
        Draft draft = Extractor.extract(String.join("\n\n", "کمبود آب در شرق", "نویسنده: مریم احمدی",
                "۲۷ خرداد ۱۳۹۳", paragraph), Path.of("x.txt"));
        assertEquals("کمبود آب در شرق", draft.title());
        assertEquals("مریم احمدی", draft.author());
        assertEquals(LocalDate.of(2014, 6, 17), draft.date());
        assertEquals(1, draft.body().size());
    }
}
