package org.dozaban.render;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The word count of reading times and the text cleaning of feeds, written for speed, give what their plain
 * definitions give on random text of every kind of character they tell apart.
 */
class TextCountsTest {

    /** Letters and digits of two scripts, marks, punctuation, every kind of space, controls, surrogates. */
    private static final int[] ALPHABET = {'a', 'Z', '7', 'ب', '۳', '\u064E', '.', '،', '—', '«', ' ', '\t', '\n',
            '\r', '\f', '\u000B', '\u00A0', '\u200C', '\u2003', 0x01, 0x1F, 0xFFFE, 0xFFFF, 0xE000, 0xFFFD,
            0xD800, 0xDC00, 0x1F600, 0x10FFFF};

    @Test
    void wordsAreTheRunsBetweenSpacesThatHoldALetterOrDigit() {
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            String text = randomText(random);
            assertEquals(wordsByDefinition(text), ReadingTime.words(text), () -> codePoints(text));
        }
        assertEquals(3, ReadingTime.words("  one، دو\t۳ — . "));
    }

    @Test
    void feedTextKeepsExactlyTheCodePointsXmlAllows() {
        Random random = new Random(11);
        for (int round = 0; round < 5000; round++) {
            String text = randomText(random);
            assertEquals(cleanByDefinition(text), XmlText.clean(text), () -> codePoints(text));
        }
        assertEquals("ab\uD83D\uDE00", XmlText.clean("a\u0001b\uD800\uD83D\uDE00\uFFFF"));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    private static int wordsByDefinition(String text) {
        int words = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    private static String cleanByDefinition(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String codePoints(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString();
    }
}
