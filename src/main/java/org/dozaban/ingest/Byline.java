package org.dozaban.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author and date lines under a title: "By Jane Roe", "17 June 2014", "Ali van Dam 13 June 2014", labelled
 * forms ("Author: Jane Roe", "نویسنده: ...", "Posted on 5 May 2022 by Jane Roe", "ارسال شده توسط ... در
 * ۳ اسفند ۱۴۰۰"), "By Jane Roe | Publisher", or a name line followed by a date line. Names in capitals
 * are written in title case.
 *
 * @param author    the author, or null
 * @param date      the date, or null
 * @param publisher the publisher a byline names after a bar, or null
 */
public record Byline(String author, LocalDate date, String publisher) {

    /** A byline without a publisher. */
    public Byline(String author, LocalDate date) {
        this(author, date, null);
    }

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

    /** "Posted on 5 May 2022 by Jane Roe": a date label, a date, then the author. */
    private static final Pattern DATE_THEN_BY = Pattern.compile("(?i)(?:posted|published|written)\\s+(?:on\\s+)?(.+?)\\s+by\\s+(.+)");
    /** "مهدی نوری در ۳ اسفند ۱۴۰۰": an author, "در" and a date. */
    private static final Pattern PERSIAN_NAME_ON = Pattern.compile("(.+?)\\s+در\\s+(.+)");
    /** "Jane Roe | Publisher" or "Jane Roe, 9 September 2021" after a label or "By". */
    private static final Pattern NAME_BAR = Pattern.compile("(.+?)\\s*[|｜]\\s*(.+)");
    private static final Pattern ARABIC_SCRIPT_NAME =
            Pattern.compile("\\p{IsArabic}+(?:\\u200C\\p{IsArabic}+)*(?:\\s+\\p{IsArabic}+(?:\\u200C\\p{IsArabic}+)*){1,3}");
    private static final Pattern LOOSE_BY = Pattern.compile("By\\s+(\\S.*)");
    private static final int MAX_LOOSE_BY_WORDS = 6;

    /** Whether neither field is known. */
    public boolean isEmpty() {
        return author == null && date == null;
    }

    /** Both lines' facts, this one's first. */
    public Byline merge(Byline other) {
        return new Byline(author != null ? author : other.author, date != null ? date : other.date,
                publisher != null ? publisher : other.publisher);
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
        return DateText.parseWhole(line);
    }

    /** Reads one line; empty when it is not a byline, a date line or a "Name date" line. */
    public static Optional<Byline> parseLine(String line) {
        String text = line.strip();
        Optional<LocalDate> whole = dateLine(text);
        if (whole.isPresent()) {
            return Optional.of(new Byline(null, whole.get()));
        }
        Matcher dateBy = DATE_THEN_BY.matcher(text);
        if (dateBy.matches() && dateLine(dateBy.group(1)).isPresent() && isShortName(dateBy.group(2))) {
            return Optional.of(new Byline(titleCase(dateBy.group(2).strip()), dateLine(dateBy.group(1)).get()));
        }
        Matcher by = BY.matcher(text);
        if (by.matches()) {
            LocalDate date = by.group(2) == null ? null : dateLine(by.group(2)).orElse(null);
            if (by.group(2) == null || date != null) {
                return Optional.of(new Byline(titleCase(by.group(1)), date));
            }
            if (isPublisher(by.group(2)) && text.substring(by.start(2) - 3, by.start(2)).contains("|")) {
                return Optional.of(new Byline(titleCase(by.group(1)), null, by.group(2).strip()));
            }
        }
        Optional<Byline> nameAndDate = DateText.atEnd(text)
                .filter(found -> found.start() > 0 && isNameBeforeDate(nameBefore(text, found)))
                .map(found -> new Byline(titleCase(nameBefore(text, found)), found.date()));
        return nameAndDate.or(() -> labelled(text)).or(() -> looseBy(text))
                .or(() -> DateText.dateline(text).map(date -> new Byline(null, date)));
    }

    private static String nameBefore(String text, EnglishDates.Found date) {
        return text.substring(0, date.start()).replaceAll("[\\s,،|–—-]+$", "");
    }

    /**
     * An author after a label from the vocabulary ("Author: ...", "نویسنده: ...", "به قلم ...", "توسط ...
     * در ۳ اسفند ۱۴۰۰"): a short name, perhaps followed by a date or a publisher.
     */
    private static Optional<Byline> labelled(String text) {
        Optional<String> label = Vocabulary.of("author-labels").prefixOf(text);
        if (label.isEmpty() || Texts.endsSentence(text) && !text.endsWith(":")) {
            return Optional.empty();
        }
        String rest = text.substring(wordsEnd(text, label.get().split(" ").length));
        boolean colon = rest.startsWith(":") || rest.startsWith("：");
        rest = rest.replaceFirst("^[\\s:：]+", "").strip();
        if (rest.isEmpty() || !colon && rest.split("\\s+").length > MAX_LOOSE_BY_WORDS + 2) {
            return Optional.empty();
        }
        LocalDate date = null;
        String publisher = null;
        Matcher on = PERSIAN_NAME_ON.matcher(rest);
        if (on.matches() && dateLine(on.group(2)).isPresent()) {
            date = dateLine(on.group(2)).get();
            rest = on.group(1);
        }
        Optional<EnglishDates.Found> end = DateText.atEnd(rest);
        if (date == null && end.isPresent() && end.get().start() > 0) {
            date = end.get().date();
            rest = nameBefore(rest, end.get());
        }
        Matcher bar = NAME_BAR.matcher(rest);
        if (bar.matches()) {
            rest = bar.group(1);
            publisher = bar.group(2).strip();
        }
        if (!isShortName(rest)) {
            return Optional.empty();
        }
        return Optional.of(new Byline(titleCase(rest.strip()), date, publisher));
    }

    private static int wordsEnd(String text, int words) {
        Matcher m = Pattern.compile("^\\s*(?:[^\\s:：]+[\\s\\u200C]*){" + words + "}").matcher(text);
        if (!m.find()) {
            return 0;
        }
        int end = m.end();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isShortName(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.split("\\s+").length <= MAX_LOOSE_BY_WORDS && !Texts.endsSentence(t)
                && !Texts.isLinkOnly(t) && t.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean isPublisher(String text) {
        return isShortName(text) && dateLine(text).isEmpty();
    }

    /** A name written in capitals ("KAREN DOYLE") in title case ("Karen Doyle"); other names as written. */
    static String titleCase(String name) {
        if (name == null || !name.equals(name.toUpperCase(java.util.Locale.ROOT))
                || name.codePoints().noneMatch(Character::isUpperCase)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
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
