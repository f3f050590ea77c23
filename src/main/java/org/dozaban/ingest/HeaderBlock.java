package org.dozaban.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leading block of {@code key: value} lines ending at a blank line (exported or archived text often
 * carries one), and the text after it.
 *
 * @param fields    values by lower-case key
 * @param body      the text after the blank line
 * @param bodyLine  1-based line where {@code body} starts
 */
public record HeaderBlock(Map<String, String> fields, String body, int bodyLine) {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z_-]*)\\s*:\\s*(.*)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Years before this are Solar or lunar Hijri years, not Gregorian. */
    private static final int FIRST_GREGORIAN_YEAR = 1800;

    public HeaderBlock {
        fields = Map.copyOf(fields);
    }

    /** The header block of {@code text}, when it starts with one holding at least a title. */
    public static Optional<HeaderBlock> parse(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, String> fields = new TreeMap<>();
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            Matcher m = FIELD.matcher(lines[i].strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            fields.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
        }
        if (i >= lines.length || !fields.containsKey("title") || fields.get("title").isEmpty()) {
            return Optional.empty();
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
        return Optional.of(new HeaderBlock(fields, body, i + 2));
    }

    /** A field's value, when present and not empty. */
    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key)).filter(v -> !v.isEmpty());
    }

    /**
     * The Gregorian date in the {@code date} field: "1393-06-10 SH = 2014-09-01" gives 2014-09-01, and a
     * Solar Hijri date alone is converted.
     */
    public Optional<LocalDate> date() {
        Optional<String> value = field("date");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ISO_DATE.matcher(value.get());
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= FIRST_GREGORIAN_YEAR) {
                try {
                    return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Byline.dateLine(value.get());
    }

    /** The first of {@code keys} whose value is a web address. */
    public Optional<String> url(String... keys) {
        for (String key : keys) {
            Optional<String> value = field(key).filter(v -> v.matches("(?i)https?://\\S+"));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
