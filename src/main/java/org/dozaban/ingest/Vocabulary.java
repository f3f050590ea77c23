package org.dozaban.ingest;

import org.dozaban.text.Language;
import org.dozaban.text.PersianText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The importer's word lists, read from {@code org/dozaban/ingest/vocabulary/<lang>/<name>.txt} for both
 * languages together: labels, chrome phrases, month and weekday names. See the README.txt beside them.
 * Matching is on {@link #normalize normalized} text, longest phrase first.
 */
public final class Vocabulary {

    /** The languages whose lists are read, together. */
    static final List<String> LANGUAGES = List.of(Language.ENGLISH.code(), Language.PERSIAN.code());

    /** Symbols, emoji joiners and variation selectors, and the spaces after them, at the start of a text. */
    private static final java.util.regex.Pattern LEADING_SYMBOLS =
            java.util.regex.Pattern.compile("^(?:[\\p{So}\\p{Sm}\\p{Sk}&&[^\\x00-\\x7F]]|[\\x{FE0F}\\x{200D}\\s])+");

    private static final Map<String, Vocabulary> LOADED = new ConcurrentHashMap<>();

    /** Normalized phrases, longest first. */
    private final List<String> phrases;
    /** The number after the last space, for lists that carry one (months). */
    private final Map<String, Integer> numbers;

    private Vocabulary(List<String> phrases, Map<String, Integer> numbers) {
        this.phrases = phrases;
        this.numbers = numbers;
    }

    /** The list {@code name} (without ".txt"), all languages. */
    public static Vocabulary of(String name) {
        return LOADED.computeIfAbsent(name, n -> load(n, LANGUAGES));
    }

    /** The list {@code name} of one language. */
    public static Vocabulary of(String name, String lang) {
        return LOADED.computeIfAbsent(name + "/" + lang, n -> load(name, List.of(lang)));
    }

    private static Vocabulary load(String name, List<String> languages) {
        List<String> phrases = new ArrayList<>();
        Map<String, Integer> numbers = new TreeMap<>();
        for (String lang : languages) {
            String resource = "vocabulary/" + lang + "/" + name + ".txt";
            try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String entry = line.strip();
                    if (entry.isEmpty() || entry.equals("#") || entry.startsWith("# ")) {
                        continue;
                    }
                    int space = entry.lastIndexOf(' ');
                    if (space > 0 && entry.substring(space + 1).matches("[1-9]\\d*")) {
                        String phrase = normalize(entry.substring(0, space));
                        numbers.put(phrase, Integer.parseInt(entry.substring(space + 1)));
                        phrases.add(phrase);
                    } else {
                        phrases.add(normalize(entry));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> sorted = phrases.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        return new Vocabulary(sorted, numbers);
    }

    /**
     * Lower case (root locale), Persian letters unified, ZWNJ as a space, every run of digits as one '0', runs of
     * spaces as one, trimmed.
     */
    public static String normalize(String text) {
        String unified = PersianText.unifyLetters(text).toLowerCase(Locale.ROOT).replace('\u200C', ' ');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints().forEach(cp -> out.appendCodePoint(Character.isDigit(cp) ? '0' : cp));
        return out.toString().replaceAll("0+", "0").replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /**
     * The longest phrase {@code text} starts with (followed by a non-letter or its end). Pictographs and
     * arrows before the text ("👉 Join the channel") do not hide a phrase after them.
     */
    public Optional<String> prefixOf(String text) {
        String t = normalize(text);
        return prefixOfNormalized(t).or(() -> {
            String bare = LEADING_SYMBOLS.matcher(t).replaceFirst("");
            return bare.length() < t.length() ? prefixOfNormalized(bare) : Optional.empty();
        });
    }

    private Optional<String> prefixOfNormalized(String t) {
        for (String phrase : phrases) {
            if (t.startsWith(phrase) && (t.length() == phrase.length() || !isWordChar(t.codePointAt(phrase.length()))
                    || !isWordChar(phrase.codePointBefore(phrase.length())))) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} starts with one of the phrases. */
    public boolean starts(String text) {
        return prefixOf(text).isPresent();
    }

    /** Whether {@code text} is exactly one of the phrases, ignoring trailing punctuation. */
    public boolean isWhole(String text) {
        String t = normalize(text).replaceAll("[\\s:.،,;!|/\\-–—]+$", "");
        return phrases.contains(t);
    }

    /** The number a phrase carries (a month's), or empty. */
    public Optional<Integer> number(String word) {
        return Optional.ofNullable(numbers.get(normalize(word)));
    }

    /** The phrases as a regex alternation, longest first (for matching inside a pattern). */
    String alternation() {
        return String.join("|", phrases.stream().map(java.util.regex.Pattern::quote).toList());
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
