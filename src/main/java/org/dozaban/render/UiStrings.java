package org.dozaban.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface strings of one language, from {@code templates/i18n/<lang>.yaml}.
 *
 * @param lang          the interface language
 * @param strings       UI strings by key; values may be ICU message patterns ({@code {0, plural, ...}})
 * @param languageNames the name of each site language, written in this interface language
 */
public record UiStrings(String lang, Map<String, String> strings, Map<String, String> languageNames) {

    public UiStrings {
        strings = Map.copyOf(strings);
        languageNames = Map.copyOf(languageNames);
    }

    /** The language's own name for itself, for language switches. */
    public String autonym() {
        return languageNames.getOrDefault(lang, lang);
    }

    /** The name of {@code other} in this interface language. */
    public String languageName(String other) {
        return languageNames.getOrDefault(other, other);
    }

    /** The string {@code key}, failing loudly when a template asks for a key no language defines. */
    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no interface string \"" + key + "\" for language " + lang
                    + " (known: " + String.join(", ", new TreeMap<>(strings).keySet()) + ")");
        }
        return value;
    }

    /** Formats the ICU message {@code key} with {@code args}; numbers come out in the language's digits. */
    public String format(String key, Object... args) {
        String pattern = get(key);
        if (args.length == 1 && (args[0] instanceof Integer || args[0] instanceof Long)) {
            // page numbers and counts: the same few, formatted for page after page
            return NUMBERED.computeIfAbsent(lang + "\u0000" + pattern + "\u0000" + args[0],
                    k -> formatted(pattern, args));
        }
        return formatted(pattern, args);
    }

    /** The heading of page {@code number} of a list titled {@code title}: the title alone on the first (0). */
    public String paged(String title, int number) {
        return number == 0 ? title : title + " – " + format("pageNumber", number);
    }

    private String formatted(String pattern, Object... args) {
        return FORMATS.get().computeIfAbsent(lang + "\u0000" + pattern, k -> new MessageFormat(pattern, new ULocale(lang)))
                .format(args);
    }

    /** Messages of one whole number, by language, pattern and number: formatting them is the slow part. */
    private static final Map<String, String> NUMBERED = new ConcurrentHashMap<>();

    /** Message formats are not thread-safe: each thread keeps its own, by language and pattern. */
    private static final ThreadLocal<Map<String, MessageFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);
}
