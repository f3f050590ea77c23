package org.dozaban.ingest;

import java.util.regex.Pattern;

/**
 * Undoes backslash escapes that text converters add before characters Markdown does not need escaped
 * ({@code \$25} is "$25"). Escapes that matter to Markdown ({@code \*}, {@code \_}, {@code \[}) stay.
 */
public final class Escapes {

    private static final Pattern NEEDLESS = Pattern.compile("\\\\([$%@'\",;:?=/~^])");

    private Escapes() {
    }

    /** {@code text} with needless backslash escapes removed. */
    public static String undo(String text) {
        return NEEDLESS.matcher(text).replaceAll("$1");
    }
}
