package org.dozaban.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leading block of {@code label: value} lines ending at a blank line, and the text after it: the fields
 * of a database export ("Title:", "Date published:", "عنوان:") or the headers of a mail ("From:",
 * "Subject:", "موضوع:"). A label is a single ASCII word, or one the vocabularies know (title, author, date,
 * address, publisher, mail header, export field or body labels). A lone body label ("Body:", "متن:")
 * at the start of the text after the block is left out of the body.
 *
 * @param fields    values by normalized label, in order
 * @param body      the text after the blank line
 * @param bodyLine  1-based line where {@code body} starts
 * @param lines     how many lines the block has
 */
public record HeaderBlock(Map<String, String> fields, String body, int bodyLine, int lines) {

    private static final Pattern FIELD = Pattern.compile("([\\p{L}][\\p{L}\\p{M}\\u200C _-]{0,30}?)\\s*[:：]\\s*(.*)");
    private static final Pattern ASCII_KEY = Pattern.compile("[A-Za-z][A-Za-z_-]*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Reply and forward marks before a mail subject. */
    private static final Pattern REPLY = Pattern.compile("(?i)^(?:(?:re|fw|fwd|aw|wg)\\s*:\\s*)+");
    /** Years before this are Solar or lunar Hijri years, not Gregorian. */
    private static final int FIRST_GREGORIAN_YEAR = 1800;
    private static final List<String> KNOWN = List.of("title-labels", "author-labels", "date-labels", "url-labels",
            "publisher-labels", "mail-headers", "export-fields", "body-labels");

    public HeaderBlock {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The header block of {@code text}, when it starts with one holding a title (an export's, not a mail's subject). */
    public static Optional<HeaderBlock> parse(String text) {
        return parseAny(text).filter(h -> h.title().isPresent() && !h.isMail());
    }

    /** The block of labelled lines {@code text} starts with, whatever its fields. */
    public static Optional<HeaderBlock> parseAny(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        int first = i;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            Matcher m = FIELD.matcher(lines[i].strip());
            if (!m.matches() || !isLabel(m.group(1).strip())) {
                return Optional.empty();
            }
            fields.put(Vocabulary.normalize(m.group(1)), m.group(2).strip());
        }
        if (i >= lines.length || fields.isEmpty() || fields.size() == 1 && !isKnown(fields.keySet().iterator().next())) {
            return Optional.empty();
        }
        int start = i + 1;
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        if (start < lines.length && Vocabulary.of("body-labels").isWhole(lines[start])
                && lines[start].strip().endsWith(":")) {
            start++;
        }
        String body = String.join("\n", Arrays.asList(lines).subList(Math.min(start, lines.length), lines.length));
        return Optional.of(new HeaderBlock(fields, body, start + 1, i - first));
    }

    private static boolean isLabel(String label) {
        return ASCII_KEY.matcher(label).matches() || isKnown(label);
    }

    private static boolean isKnown(String label) {
        return KNOWN.stream().anyMatch(list -> Vocabulary.of(list).isWhole(label));
    }

    /** Whether the block is a mail's headers: it has a sender, recipient or subject. */
    public boolean isMail() {
        return fields.keySet().stream().anyMatch(k -> Vocabulary.of("mail-headers").isWhole(k)
                && !Vocabulary.of("date-labels").isWhole(k));
    }

    /** A field's value by its exact normalized label, when present and not empty. */
    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(Vocabulary.normalize(key))).filter(v -> !v.isEmpty());
    }

    /** The first non-empty value whose label is in the vocabulary list {@code list}. */
    public Optional<String> labelled(String list) {
        return fields.entrySet().stream().filter(e -> Vocabulary.of(list).isWhole(e.getKey()) && !e.getValue().isEmpty())
                .map(Map.Entry::getValue).findFirst();
    }

    /** The title: an export's title field, or a mail's subject without reply and forward marks. */
    public Optional<String> title() {
        return labelled("title-labels").map(v -> REPLY.matcher(v).replaceFirst("").strip()).filter(v -> !v.isEmpty());
    }

    /** The author field, a name in capitals in title case; a mail's sender is not taken for the author. */
    public Optional<String> author() {
        return fields.entrySet().stream()
                .filter(e -> Vocabulary.of("author-labels").isWhole(e.getKey()) && !Vocabulary.of("mail-headers").isWhole(e.getKey()))
                .map(Map.Entry::getValue).filter(v -> !v.isEmpty()).findFirst().map(Byline::titleCase);
    }

    /**
     * The Gregorian date in the date field: "1393-06-10 SH = 2014-09-01" gives 2014-09-01, a timestamp its
     * date, and a Solar Hijri date alone is converted.
     */
    public Optional<LocalDate> date() {
        Optional<String> value = field("date").or(() -> labelled("date-labels"));
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

    /** The first field labelled as an address whose value is a web address. */
    public Optional<String> url() {
        return fields.entrySet().stream().filter(e -> Vocabulary.of("url-labels").isWhole(e.getKey()))
                .map(Map.Entry::getValue).filter(v -> v.matches("(?i)https?://\\S+")).findFirst();
    }

    /** The publisher field. */
    public Optional<String> publisher() {
        return labelled("publisher-labels");
    }
}
