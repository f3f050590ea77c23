package org.dozaban.text;

import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/** Numbers in the language's digits: "1,234" in English, "۱٬۲۳۴" in Persian. */
public final class Numbers {

    private Numbers() {
    }

    /** Number formats are not thread-safe: one per language and thread, made on first use. */
    private static final ThreadLocal<Map<String, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    public static String format(long number, String lang) {
        return FORMATS.get().computeIfAbsent(lang, l -> NumberFormat.getInstance(new ULocale(l))).format(number);
    }
}
