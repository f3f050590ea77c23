package org.dozaban.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

import java.util.Comparator;

/** Language-aware sort order for lists shown to readers. */
public final class Collation {

    private Collation() {
    }

    /** A new collator for {@code lang}, with numeric ordering on. Not thread-safe: one per use. */
    public static Comparator<String> comparator(String lang) {
        Collator collator = Collator.getInstance(new ULocale(lang));
        if (collator instanceof RuleBasedCollator rules) {
            rules.setNumericCollation(true);
        }
        return collator::compare;
    }
}
