package org.dozaban.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextHygieneTest {

    @Test
    void removesSoftHyphensAndBidiControls() {
        assertEquals("community road", TextHygiene.clean("com\u00admunity\u200e road\u202c"));
    }

    @Test
    void noBreakSpaceIsASpaceOrAPersianJoinerOrGoesNextToASpace() {
        assertEquals("140 trees", TextHygiene.clean("140\u00a0trees"));
        assertEquals("می\u200cروند و خانه\u200cها", TextHygiene.clean("می\u00a0روند و خانه\u00a0ها"));
        assertEquals("خانه لاری‌ها", TextHygiene.clean("خانه\u00a0لاری‌ها"));
        assertEquals("now. When", TextHygiene.clean("now. \u00a0When"));
        assertEquals("A title", TextHygiene.clean("A title\u00a0\u00a0"));
    }

    @Test
    void theJoiningWordsAreReadWithTheirArabicLetterForms() {
        // "mi" and the plural "hay" written with Arabic yeh and alef maksura, as some keyboards type them; the
        // last pair has neither a prefix nor a suffix
        String[][] givenAndCleaned = {
                {"مى\u00a0روند", "مى\u200cروند"},
                {"نمی\u00a0دانم", "نمی\u200cدانم"},
                {"خانه\u00a0هاي", "خانه\u200cهاي"},
                {"بزرگ\u00a0ترین شهر", "بزرگ\u200cترین شهر"},
                {"خانه\u00a0بزرگ", "خانه بزرگ"},
        };
        for (String[] pair : givenAndCleaned) {
            assertEquals(pair[1], TextHygiene.clean(pair[0]), pair[0]);
        }
    }

    @Test
    void setextUnderlinesBecomeHeadingMarksAndKeepTheLineCount() {
        assertEquals("# Title\n\n\nText\n\n## Part\n\n\nMore", TextHygiene.clean("Title\n=====\n\nText\n\nPart\n----\n\nMore"));
    }

    @Test
    void aRuleUnderATextBlockOfSeveralLinesIsNoHeading() {
        assertEquals("one\ntwo\n---", TextHygiene.clean("one\ntwo\n---"));
    }
}
