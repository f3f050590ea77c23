package org.dozaban.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "17 June 2014|2014-06-17",
            "June 17, 2014|2014-06-17",
            "Tue, Jun. 17, 2014|2014-06-17",
            "Tuesday 17th June 2014|2014-06-17",
            "2014-06-17|2014-06-17",
            "Published: June 17, 2014 at 10:30 am|2014-06-17",
            "1 Sept 2014.|2014-09-01",
    })
    void readsEnglishDateForms(String text, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), EnglishDates.parseWhole(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 June 2014", "June 2014", "in June 17, 2014 they met", "13 Mordad 1393"})
    void rejectsWhatIsNotOneValidDate(String text) {
        assertEquals(Optional.empty(), EnglishDates.parseWhole(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "By Chris Marsden|Chris Marsden|",
            "Bill Van Auken 13 June 2014|Bill Van Auken|2014-06-13",
            "By Ali al-Ahmad, 2 May 2015|Ali al-Ahmad|2015-05-02",
            "By Ali al-Ahmad — 2 May 2015|Ali al-Ahmad|2015-05-02",
            "Posted by Jane Doe on March 3, 2016|Jane Doe|2016-03-03",
            "17 June 2014||2014-06-17",
            "Bill Van Auken and Joe Kishore 13 June 2014|Bill Van Auken and Joe Kishore|2014-06-13",
            "By Jane Roe, John Doe & Ali Reza|Jane Roe, John Doe & Ali Reza|",
            "Li Wei-Ming 3 March 2015|Li Wei-Ming|2015-03-03",
            "Amina El-Khoury June 17, 2014|Amina El-Khoury|2014-06-17",
            "مریم احمدی ۱۲ آذر ۱۳۹۳|مریم احمدی|2014-12-03",
            "مريم احمدي، ۱۲ آذر ۱۳۹۳|مريم احمدي|2014-12-03",
    })
    void readsBylines(String line, String author, String date) {
        Byline byline = Byline.parseLine(line).orElseThrow();
        assertEquals(author, byline.author());
        assertEquals(date == null ? null : LocalDate.parse(date), byline.date());
    }

    @Test
    void readsANameLineFollowedByADateLine() {
        Block block = new Block(List.of("James Cogan  ", "23 June 2014"), 1, 0, false);
        assertEquals(new Byline("James Cogan", LocalDate.of(2014, 6, 23)), Byline.parse(block).orElseThrow());
    }

    @Test
    void readsAPersianNameLineFollowedByADateLine() {
        Block block = new Block(List.of("حسين كريمي  ", "۱۲ خرداد ۱۳۹۳"), 1, 0, false);
        assertEquals(new Byline("حسين كريمي", LocalDate.of(2014, 6, 2)), Byline.parse(block).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Iraq crisis threatens to ignite regional war", "European Languages",
            "By the end of the year the war was over."})
    void doesNotTakeTitlesOrSentencesForBylines(String line) {
        assertEquals(Optional.empty(), Byline.parse(new Block(List.of(line), 1, 0, false)));
    }

    @Test
    void readsTheGregorianDateOfAHeaderBlock() {
        HeaderBlock header = HeaderBlock.parse("title: x\ndate: 1393-06-10 SH = 2014-09-01 (note)\n\nbody")
                .orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2014, 9, 1)), header.date());
        assertEquals("body", header.body());
    }

    @Test
    void aHeaderBlockNeedsATitle() {
        assertTrue(HeaderBlock.parse("date: 2014-01-01\n\nbody").isEmpty());
        assertTrue(HeaderBlock.parse("Just a line: with a colon that is prose\n\nbody").isEmpty());
    }

    @Test
    void findsHostsAndPaths() {
        assertEquals(List.of("http://www.afgazad.com", "http://wsws.org/contact"),
                Links.urls("[www.afgazad.com](http://www.afgazad.com) [m](mailto:a@b.com) x@y.org wsws.org/contact"));
        assertEquals(Optional.of("wsws.org"), Links.host("http://www.wsws.org/en/a.html"));
        assertTrue(Links.hasPath("http://www.wsws.org/en/a.html"));
    }

    @Test
    void aPlatformsHostIsNotAPublisher() {
        assertEquals(Optional.empty(), Links.publisherHost("https://t.me/tabiatgardan"));
        assertEquals(Optional.empty(), Links.publisherHost("https://m.facebook.com/riverwatch"));
        assertEquals(Optional.of("news.example.com"), Links.publisherHost("http://www.news.example.com/contact"));
    }

    @Test
    void aPictographBeforeAPhraseDoesNotHideIt() {
        assertEquals(Optional.of("join the channel"), Vocabulary.of("footer").prefixOf("👉 Join the channel: https://t.me/x"));
        assertEquals(Optional.of("عضویت در کانال"), Vocabulary.of("footer").prefixOf("➡️ عضویت در کانال: https://t.me/x"));
        assertEquals(Optional.of("©"), Vocabulary.of("endings").prefixOf("© 2023 Valley Voices"));
        assertEquals(Optional.empty(), Vocabulary.of("footer").prefixOf("> Tags of the old kind were"));
    }
}
