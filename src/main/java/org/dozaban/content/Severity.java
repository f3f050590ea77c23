package org.dozaban.content;

import java.util.Locale;

/** How serious a problem is: an error makes {@code check} fail; a warning is reported only. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case name used in reports and in {@code site.yaml}: {@code error}, {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
