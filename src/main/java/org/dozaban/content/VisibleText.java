package org.dozaban.content;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Whether text would show anything on a page. */
final class VisibleText {

    private VisibleText() {
    }

    /** True when some character is not white space, a control, a format mark or otherwise invisible. */
    static boolean hasVisible(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && !UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                && c != 0x2800 /* Braille blank */ && c != 0x3164 && c != 0xFFA0 /* Hangul fillers */);
    }
}
