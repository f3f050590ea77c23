package org.dozaban.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published: March 4, 2023 9:15am GMT|2023-03-04",
        "Tue, 14 Feb 2023 07:02:11 +0000|2023-02-14",
        "June 12, 2022 Sunday|2022-06-12",
        "Feb. 2, 2023, 4:05 p.m. EST|2023-02-02",
        "Mar 15, 2023 at 10:20|2023-03-15",
        "2023-10-02T06:45:00+01:00|2023-10-02",
        "2021-05-12 14:30:00|2021-05-12",
        "تاریخ انتشار: ۱۴۰۱/۰۸/۱۵|2022-11-06",
        "یکشنبه ۲۳ مهر ۱۴۰۲ - ۱۰:۴۵|2023-10-15",
        "تاریخ نشر: یکشنبه ۱۲ سنبله ۱۴۰۲|2023-09-03",
        "پنجشنبه ۴ جوزا ۱۴۰۲|2023-05-25",
        "1401-3-7|2022-05-28",
        "٢٧ خرداد ١٣٩٣|2014-06-17",
    })
    void readsDatesStandingAsMetadata(String text, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), DateText.parseWhole(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The talks resumed on 4 March 2023 in the capital.", "Section 12", "2023"})
    void proseAndNumbersAreNoDates(String text) {
        assertEquals(Optional.empty(), DateText.parseWhole(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GRANTHAM FALLS, April 18, 2022 (Northern Wire) -- Rivers rose.|2022-04-18",
        "ELLMORE, 14 January 2023 – The library opens.|2023-01-14",
        "هرات - ۱۰ عقرب ۱۴۰۱ (آژانس خبری پامیر) - کشاورزان آغاز کردند.|2022-11-01",
        "مشهد - ۱۸ آذر ۱۴۰۰ - ۱۴:۳۰|2021-12-09",
    })
    void readsDatelines(String text, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), DateText.dateline(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NORTHPORT, Nov 7 (Coastal Press) - Fishermen said.", "Jane Roe wrote on 4 March 2023 that"})
    void aDatelineNeedsAYearAndAPlace(String text) {
        assertEquals(Optional.empty(), DateText.dateline(text));
    }
}
