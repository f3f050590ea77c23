package org.dozaban.text;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/** Numbers in the language's digits: "1,234" in English, "۱٬۲۳۴" in Persian. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(long number, String lang) {
        return NumberFormat.getInstance(new ULocale(lang)).format(number);
    }
}
