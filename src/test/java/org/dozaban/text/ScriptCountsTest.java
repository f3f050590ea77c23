package org.dozaban.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Letters counted by script, as the plain definition over code points with ICU's properties says. */
class ScriptCountsTest {

    /** The definition: each code point's marks, and its script family when it is a letter. */
    static ScriptCounts byDefinition(String text) {
        int[] counts = new int[5];
        text.codePoints().forEach(cp -> {
            if (Scripts.isPersianMark(cp)) {
                counts[2]++;
            } else if (Scripts.isArabicMark(cp)) {
                counts[3]++;
            }
            if (UCharacter.isLetter(cp)) {
                switch (UScript.getScript(cp)) {
                    case UScript.LATIN -> counts[0]++;
                    case UScript.ARABIC -> counts[1]++;
                    default -> counts[4]++;
                }
            }
        });
        return new ScriptCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    @Test
    void everyUnitBetweenLettersCountsAsTheDefinitionSays() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "a" + (char) c + "پ";
            assertEquals(byDefinition(text), Scripts.count(text), () -> "U+" + Integer.toHexString(text.charAt(1)));
            assertEquals(byDefinition(text), Scripts.count(new StringBuilder(text)), "any text, not only strings");
        }
    }

    @Test
    void randomTextsCountAsTheDefinitionSays() {
        String[] pieces = {"a", "Z", "é", "ß", "ک", "ی", "پ", "ة", "ع", "۱", "٣", "1", " ", "\u200C", "«", "…", "中",
                "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "\uDC00", "Ω", "ж", "\u064E", "ﻻ"};
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String string = text.toString();
            assertEquals(byDefinition(string), Scripts.count(string), string);
        }
    }
}
