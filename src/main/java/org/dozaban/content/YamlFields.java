package org.dozaban.content;

import java.util.regex.Pattern;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed reads of YAML values for one file. Each read either returns the value or reports a problem
 * at the value's place (naming the key and showing an example) and returns empty, so callers go on
 * checking the other keys.
 */
final class YamlFields {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private final Path file;
    private final Problems problems;

    YamlFields(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    Path file() {
        return file;
    }

    void report(Place place, String message, String hint) {
        problems.add(file, place, message, hint);
    }

    /** Reports every key of {@code map} that is not in {@code known}, suggesting the closest known one. */
    void rejectUnknownKeys(YamlNode.Mapping map, List<String> known) {
        rejectUnknown(map, known, "key", "known keys");
    }

    /**
     * Like {@link #rejectUnknownKeys} for mappings whose keys are of one kind, such as languages.
     *
     * @param noun  what a key is, for the message ("language")
     * @param label what the known keys are, for the hint ("site languages")
     */
    void rejectUnknown(YamlNode.Mapping map, List<String> known, String noun, String label) {
        for (YamlNode.Entry entry : map.entries()) {
            if (!known.contains(entry.name())) {
                report(entry.key().place(), "unknown " + noun + " \"" + entry.name() + "\"",
                        Suggestions.hint(entry.name(), known, label));
            }
        }
    }

    /** The node as a mapping; {@code what} names it in the error, {@code example} shows the right form. */
    Optional<YamlNode.Mapping> mapping(YamlNode node, String what, String example) {
        if (node instanceof YamlNode.Mapping map) {
            return Optional.of(map);
        }
        report(node.place(), what + " must be a mapping (key: value), not " + node.kind(),
                "for example: " + example);
        return Optional.empty();
    }

    /** The entry's value as non-empty text. */
    Optional<String> text(YamlNode.Entry entry, String example) {
        if (isEmpty(entry.value())) {
            reportEmpty(entry);
            return Optional.empty();
        }
        return scalar("\"" + entry.name() + "\"", entry.value(), entry.name() + ": " + example)
                .map(YamlNode.Scalar::value);
    }

    /** The entry's value as a list of its non-empty text items (with their places); the others are reported. */
    Optional<List<YamlNode.Scalar>> textList(YamlNode.Entry entry, String example) {
        YamlNode value = entry.value();
        String hint = "for example: " + entry.name() + ": " + example;
        if (isEmpty(value)) {
            reportEmpty(entry);
            return Optional.empty();
        }
        if (!(value instanceof YamlNode.Sequence list)) {
            report(value.place(), "\"" + entry.name() + "\" must be a list, not " + value.kind(), hint);
            return Optional.empty();
        }
        List<YamlNode.Scalar> items = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (isEmpty(item)) {
                report(item.place(), "an item of \"" + entry.name() + "\" is empty", "remove it, " + hint);
            } else {
                scalar("each item of \"" + entry.name() + "\"", item, entry.name() + ": " + example)
                        .ifPresent(items::add);
            }
        }
        return Optional.of(items);
    }

    /** The entry's value as an absolute http(s) URL. */
    Optional<String> webUrl(YamlNode.Entry entry, String example) {
        Optional<String> url = text(entry, example);
        if (url.isPresent() && !Checks.isWebUrl(url.get())) {
            report(entry.value().place(), entry.name() + " \"" + url.get() + "\" is not an absolute http(s) URL",
                    "write the full address, for example: " + entry.name() + ": " + example);
            return Optional.empty();
        }
        return url;
    }

    /** The entry's value as {@code true} or {@code false}. */
    Optional<Boolean> bool(YamlNode.Entry entry) {
        if (entry.value() instanceof YamlNode.Scalar scalar && scalar.isBool()) {
            return Optional.of(Boolean.parseBoolean(scalar.value().toLowerCase(Locale.ROOT)));
        }
        report(entry.value().place(), "\"" + entry.name() + "\" must be true or false",
                "for example: " + entry.name() + ": true");
        return Optional.empty();
    }

    /** The entry's value as a whole number from {@code min} to {@code max}. */
    Optional<Integer> wholeNumber(YamlNode.Entry entry, int min, int max, String example) {
        if (entry.value() instanceof YamlNode.Scalar scalar && scalar.value().matches("[+]?[0-9]+")) {
            String digits = scalar.value().replaceFirst("^[+]?0*(?=.)", "");
            if (digits.length() <= 9 && Integer.parseInt(digits) >= min && Integer.parseInt(digits) <= max) {
                return Optional.of(Integer.parseInt(digits));
            }
        }
        report(entry.value().place(), "\"" + entry.name() + "\" must be a whole number from " + min + " to " + max,
                "for example: " + entry.name() + ": " + example);
        return Optional.empty();
    }

    private Optional<YamlNode.Scalar> scalar(String name, YamlNode value, String example) {
        if (value instanceof YamlNode.Scalar scalar) {
            return Optional.of(scalar);
        }
        report(value.place(), name + " must be text, not " + value.kind(), "for example: " + example);
        return Optional.empty();
    }

    private void reportEmpty(YamlNode.Entry entry) {
        report(entry.key().place(), "\"" + entry.name() + "\" has no value",
                "write a value after \"" + entry.name() + ":\", or remove the line");
    }

    private static boolean isEmpty(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && (scalar.isNull() || scalar.value().isBlank());
    }
}
