package org.dozaban.html;

import org.dozaban.testing.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhrasesTest {

    private static List<String> phrases(String text, boolean rtl) {
        return Phrases.find(text, rtl).stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "شرکت IBM بزرگ است.                 | IBM",
        "شرکت بزرگ IBM.                      | IBM",
        "گروه (MAP) را ببینید.               | (MAP)",
        "برنامه «نابودی مطمئن متقابل(MAP)» است. | (MAP)",
        "سازمان (ISI ) را ببینید.            | ISI",
        "پیمان NPT، امضا شد.                 | NPT",
        "زبان C++ را بیاموزید.               | C++",
        "سایت Yahoo!News باز شد.             | Yahoo!News",
        "سایت «Yahoo» باز شد.                | Yahoo",
        "گروه 1+5 دیدار کرد.                 | 1+5",
        "گروه P5+1 دیدار کرد.                | P5+1",
        "فاصله 5 km بود.                     | 5 km",
        "فاصله ۵ km بود.                     | ۵ km",
        "سرعت 120 km/h بود.                  | 120 km/h",
        "نسخه Windows 10 آمد.                | Windows 10",
        "روزنامه The New York Times نوشت.    | The New York Times",
        "دولت U.S. گفت.                      | U.S.",
        "جنگنده F-16 پرواز کرد.              | F-16",
        "شرکت IBM‌ها را دید.                  | IBM",
    })
    void latinPhraseInPersianKeepsWordWholeAndPunctuationOutside(String text, String expected) {
        assertEquals(List.of(expected), phrases(text, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "در سال 2014 گفت.",
        "در سال ۲۰۱۴ گفت.",
        "این متن تماماً فارسی است.",
        "قیمت ۱۲٬۵۰۰ تومان و 25% بود.",
        "سال ۱۳۹۳/۰۳/۲۷ بود.",
    })
    void numbersAloneInPersianAreNotWrapped(String text) {
        assertEquals(List.of(), phrases(text, true));
    }

    @Test
    void numberBeforeAWordThatIsNotAUnitStaysOutside() {
        assertEquals(List.of("IBM"), phrases("در سال 2014 IBM گفت.", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The poem «بنی آدم اعضای یکدیگرند» is by Saadi. | بنی آدم اعضای یکدیگرند",
        "Saadi wrote the Golestan (گلستان) in Shiraz.   | (گلستان)",
        "Saadi wrote the Golestan (گلستان, ۱۲۵۸).        | (گلستان, ۱۲۵۸)",
        "The word is شاهنامه.                           | شاهنامه",
    })
    void persianPhraseInEnglish(String text, String expected) {
        assertEquals(List.of(expected), phrases(text, false));
    }

    @Test
    void phrasesAreInOrderAndApart() {
        List<String> found = phrases("شرکت‌های IBM و Microsoft و Apple", true);
        assertEquals(List.of("IBM", "Microsoft", "Apple"), found);
    }

    @Test
    void phraseNeverCrossesALineBreakOrObject() {
        assertEquals(List.of("IBM", "NPT"), phrases("IBM" + Phrases.BREAK + "NPT", true));
        assertEquals(List.of("IBM"), phrases("متن IBM" + Phrases.OBJECT + " متن", true));
    }

    @Test
    void emptyAndSameDirectionTextHaveNoPhrases() {
        assertTrue(phrases("", true).isEmpty());
        assertTrue(phrases("Plain English text.", false).isEmpty());
    }

    /**
     * A paragraph is passed over without running the bidi algorithm only when it has no strong character
     * against its direction; on random mixed text both ways find the same runs.
     */
    @Test
    void runsFoundWithoutTheBidiAlgorithmAreTheRunsItFinds() {
        String[] pieces = {"a", "Z", "IBM", "5", "۵", "+", "(", ")", "«", "»", " ", ".", "،", "\u200c", "\u200f", "\u200e",
            "\u202b", "\u202a", "\u202c", "\u2067", "\u2069", "ش", "هر", "\u05d0", "\u064b", "km", "\ufffc", "\n", "😀",
            "\u0660", "-", "/", "é", "ß"};
        for (long seed = 1; seed <= 3000; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (boolean rtl : new boolean[] {true, false}) {
                assertEquals(Phrases.embeddedRunsByBidi(text.toString(), rtl), Phrases.embeddedRuns(text.toString(), rtl),
                        "seed " + seed + ", rtl " + rtl + ": " + text);
            }
        }
        assertTrue(Phrases.embeddedRuns("فقط فارسی، ۱۲۳ و (نقل).", true).isEmpty());
        assertEquals(1, Phrases.embeddedRuns("فقط IBM.", true).size());
    }

    /** The runs of a paragraph do not depend on the paragraphs looked at before it, on the same thread. */
    @Test
    void runsDoNotDependOnTheParagraphsBefore() {
        String[] pieces = {"کتاب ", "IBM ", "(C++) ", "۱۲۳ ", "5 km ", "«نقل» ", "Yahoo!News ", ". ", "\n", "é ", "א "};
        List<String> texts = new java.util.ArrayList<>();
        Random random = new Random(17);
        for (int i = 0; i < 400; i++) {
            texts.add(RandomText.of(random, 30, pieces));
        }
        List<List<Phrase>> forward = new java.util.ArrayList<>();
        for (String text : texts) {
            forward.add(Phrases.embeddedRunsByBidi(text, true));
        }
        assertTrue(forward.stream().filter(runs -> !runs.isEmpty()).count() > 200, "paragraphs with runs");
        for (int i = texts.size() - 1; i >= 0; i--) {
            assertEquals(forward.get(i), Phrases.embeddedRunsByBidi(texts.get(i), true), texts.get(i));
        }
    }
}
