package org.dozaban.text;

import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Numbers in the language's digits: "1,234" in English, "۱٬۲۳۴" in Persian; and in ASCII digits, padded
 * with zeros, for addresses.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Number formats are not thread-safe: one per language and thread, made on first use. */
    private static final ThreadLocal<Map<String, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    public static String format(long number, String lang) {
        return FORMATS.get().computeIfAbsent(lang, l -> NumberFormat.getInstance(new ULocale(l))).format(number);
    }

    /**
     * {@code number} in ASCII digits whatever the default locale, with zeros after any minus sign up to
     * {@code width} characters in all: {@code String.format(Locale.ROOT, "%0<width>d", number)}, without
     * parsing a format on every call.
     */
    public static String asciiPadded(int number, int width) {
        String digits = Long.toString(Math.abs((long) number));
        String sign = number < 0 ? "-" : "";
        int zeros = width - sign.length() - digits.length();
        return zeros > 0 ? sign + "0".repeat(zeros) + digits : sign + digits;
    }
}
