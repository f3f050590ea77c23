package org.dozaban.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author and date lines under a title: "By Jane Roe", "17 June 2014", "Ali van Dam 13 June 2014",
 * or a name line followed by a date line.
 *
 * @param author the author, or null
 * @param date   the date, or null
 */
public record Byline(String author, LocalDate date) {

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|(?:al|el)-\\p{L}+"
            + "|van|von|de|der|den|al|el|bin|ibn|la|le|du|da|di|dos|del)";
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+" + NAME_WORD + "){1,4}");
    /** One or more names: "Jane Roe", "Jane Roe and John Doe", "A B, C D & E F". */
    private static final Pattern NAMES = Pattern.compile(
            NAME.pattern() + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" + NAME.pattern() + ")*");
    private static final Pattern BY = Pattern.compile(
            "(?i:(?:posted |written |reported )?by)\\s+(" + NAMES.pattern() + ")"
                    + "(?:(?:\\s*,\\s*|\\s+[|–—-]\\s+|\\s+on\\s+)(.*))?");

    private static final Pattern ARABIC_SCRIPT_NAME =
            Pattern.compile("\\p{IsArabic}+(?:\\u200C\\p{IsArabic}+)*(?:\\s+\\p{IsArabic}+(?:\\u200C\\p{IsArabic}+)*){1,3}");
    private static final Pattern LOOSE_BY = Pattern.compile("By\\s+(\\S.*)");
    private static final int MAX_LOOSE_BY_WORDS = 6;
    private static final Pattern PERSIAN_BY = Pattern.compile("(?:نویسنده|نوشته|به قلم|نگارنده)\\s*[:：]?\\s+(\\S.*)");

    /** Whether neither field is known. */
    public boolean isEmpty() {
        return author == null && date == null;
    }

    /** Both lines' facts, this one's first. */
    public Byline merge(Byline other) {
        return new Byline(author != null ? author : other.author, date != null ? date : other.date);
    }

    /**
     * Whether {@code line} may be an author's name when a date line or date follows it: personal names as
     * {@link #isName} reads them, or two to four words in Arabic script, which has no capitals to tell a
     * name by.
     */
    public static boolean isNameBeforeDate(String line) {
        return isName(line) || ARABIC_SCRIPT_NAME.matcher(line.strip()).matches();
    }

    /** Whether {@code line} is bare personal names, each of two to five words. */
    public static boolean isName(String line) {
        return NAMES.matcher(line.strip()).matches();
    }

    /** The date when the whole line is one date, English or Solar Hijri. */
    public static Optional<LocalDate> dateLine(String line) {
        return EnglishDates.parseWhole(line).or(() -> PersianDates.parseWhole(line));
    }

    /** Reads one line; empty when it is not a byline, a date line or a "Name date" line. */
    public static Optional<Byline> parseLine(String line) {
        String text = line.strip();
        Optional<LocalDate> whole = dateLine(text);
        if (whole.isPresent()) {
            return Optional.of(new Byline(null, whole.get()));
        }
        Matcher by = BY.matcher(text);
        if (by.matches()) {
            LocalDate date = by.group(2) == null ? null : EnglishDates.parseWhole(by.group(2)).orElse(null);
            if (by.group(2) == null || date != null) {
                return Optional.of(new Byline(by.group(1), date));
            }
        }
        Optional<Byline> nameAndDate = EnglishDates.atEnd(text).or(() -> PersianDates.atEnd(text))
                .filter(found -> found.start() > 0 && isNameBeforeDate(nameBefore(text, found)))
                .map(found -> new Byline(nameBefore(text, found), found.date()));
        return nameAndDate.or(() -> looseBy(text)).or(() -> persianBy(text));
    }

    private static String nameBefore(String text, EnglishDates.Found date) {
        return text.substring(0, date.start()).replaceAll("[\\s,،|–—-]+$", "");
    }

    /** "نویسنده: ...", "به قلم ...": a short Persian author line. */
    private static Optional<Byline> persianBy(String text) {
        Matcher m = PERSIAN_BY.matcher(text);
        if (!m.matches() || m.group(1).split("\\s+").length > MAX_LOOSE_BY_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Byline(m.group(1).strip(), null));
    }

    /** "By the Editorial Board": a short line after "By" that is not a sentence. */
    private static Optional<Byline> looseBy(String text) {
        Matcher m = LOOSE_BY.matcher(text);
        if (!m.matches() || Texts.endsSentence(text) || m.group(1).split("\\s+").length > MAX_LOOSE_BY_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Byline(m.group(1).strip(), null));
    }

    /**
     * Reads a block whose every line is a byline, or a name line followed by a date line; empty
     * otherwise.
     */
    public static Optional<Byline> parse(Block block) {
        Byline all = new Byline(null, null);
        for (int i = 0; i < block.lines().size(); i++) {
            String line = block.lines().get(i);
            Optional<Byline> read = parseLine(line);
            if (read.isEmpty() && i + 1 < block.lines().size() && isNameBeforeDate(line)
                    && dateLine(block.lines().get(i + 1)).isPresent()) {
                read = Optional.of(new Byline(line.strip(), null));
            }
            if (read.isEmpty()) {
                return Optional.empty();
            }
            all = all.merge(read.get());
        }
        return Optional.of(all);
    }
}
