package org.dozaban.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;

/** Language-aware sort order for lists shown to readers. */
public final class Collation {

    private Collation() {
    }

    private static final Map<String, Collator> COLLATORS = new ConcurrentHashMap<>();

    /** The collator of {@code lang}, with numeric ordering on; built once and frozen, so threads share it. */
    public static Comparator<String> comparator(String lang) {
        Collator collator = COLLATORS.computeIfAbsent(lang, l -> {
            Collator made = Collator.getInstance(new ULocale(l));
            if (made instanceof RuleBasedCollator rules) {
                rules.setNumericCollation(true);
            }
            return made.freeze();
        });
        return collator::compare;
    }
}
