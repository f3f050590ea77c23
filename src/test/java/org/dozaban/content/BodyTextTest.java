package org.dozaban.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyTextTest {

    @Test
    void theQuickLookFindsExactlyTheCharactersThatAreRemoved() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "ab" + (char) c + "پ";
            assertEquals(text.codePoints().anyMatch(ControlCharacters::isControl), BodyText.hasControlCharacter(text),
                    () -> "U+" + Integer.toHexString(Character.codePointAt(text, 2)));
        }
        assertEquals(false, BodyText.hasControlCharacter("tab\tand\nline feed stay; \uD83D\uDE00 too"));
        assertEquals(true, BodyText.hasControlCharacter("last\r"));
    }

    @Test
    void theControlCharactersAreUnicodesButTabAndLineFeed() {
        for (int c = -1; c <= Character.MAX_CODE_POINT; c++) {
            boolean expected = c >= 0 && Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n';
            assertEquals(expected, ControlCharacters.isControl(c), "U+" + Integer.toHexString(c));
        }
    }
}
