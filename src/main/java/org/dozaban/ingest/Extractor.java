package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decoded file text to an {@link Extraction}: text hygiene, page furniture, raw HTML, a leading field
 * block (export or mail headers), page chrome, the front (title, byline, date), the footer and the body,
 * each block's role recorded with its evidence.
 */
public final class Extractor {

    private static final int MAX_FALLBACK_TITLE_WORDS = 15;

    private Extractor() {
    }

    /** Extracts the article of {@code text}, read from {@code file} (named in errors). */
    public static Draft extract(String text, Path file) throws ContentException {
        return explain(text, file).draft();
    }

    /** Extracts the article of {@code text} with the role of each block and any warnings. */
    public static Extraction explain(String text, Path file) throws ContentException {
        if (HtmlArticle.isHtml(text)) {
            return HtmlArticle.extract(text, file);
        }
        List<Extraction.Explained> explained = new ArrayList<>();
        PageFurniture furniture = PageFurniture.remove(TextHygiene.clean(text));
        for (Map.Entry<Integer, String> removed : furniture.removed().entrySet()) {
            explained.add(new Extraction.Explained(removed.getKey(), removed.getValue(),
                    new Evidence(Role.FURNITURE, 3, List.of(removed.getValue()))));
        }
        String clean = furniture.text();
        Optional<HeaderBlock> header = HeaderBlock.parseAny(clean);
        header.ifPresent(h -> explainHeader(h, clean, explained));
        String rest = header.map(h -> blankBefore(clean, h.bodyLine())).orElse(clean);
        if (header.isPresent() && header.get().title().isPresent() && !header.get().isMail()) {
            return fromHeader(header.get(), rest, file, explained);
        }
        return fromPage(rest, header, file, explained);
    }

    private static Extraction fromHeader(HeaderBlock header, String rest, Path file,
                                         List<Extraction.Explained> explained) throws ContentException {
        List<Block> blocks = Reflow.lineBlocks(rest);
        Footer footer = Footer.find(blocks);
        List<Block> body = bodyOrFail(blocks.subList(0, footer.start()), file);
        explainBody(body, explained, Optional.empty());
        explainTail(blocks.subList(footer.start(), blocks.size()), explained);
        String sourceUrl = header.url().orElse(footer.sourceUrl());
        String publisher = firstOf(header.publisher().orElse(null), named(footer), host(sourceUrl),
                footer.publisher());
        Draft draft = new Draft(Texts.plainTitle(header.title().orElseThrow()), header.author().orElse(null),
                header.date().orElse(null), sourceUrl, publisher, null,
                PageBreaks.join(body, LanguageDetection.of(body)));
        return new Extraction(draft, explained, List.of());
    }

    private static Extraction fromPage(String text, Optional<HeaderBlock> header, Path file,
                                       List<Extraction.Explained> explained) throws ContentException {
        List<Block> all = Reflow.blocks(text);
        String docLang = Texts.majorityLanguage(text);
        int prose = Front.firstProse(all, docLang);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Optional<Evidence> chrome = i < prose ? Chrome.before(all.get(i)) : Optional.empty();
            if (chrome.isPresent()) {
                explained.add(entry(all.get(i), chrome.get()));
            } else {
                blocks.add(all.get(i));
            }
        }
        String knownTitle = header.flatMap(HeaderBlock::title).orElse(null);
        List<String> warnings = new ArrayList<>();
        Optional<Front> read = Front.read(blocks, docLang, knownTitle);
        Front front = read.isPresent() ? read.get() : fallback(blocks, knownTitle, file, warnings);
        explainFront(blocks, front, explained);
        List<Block> afterFront = front.body(blocks);
        Footer footer = Footer.find(afterFront);
        List<Block> body = bodyOrFail(afterFront.subList(0, footer.start()), file);
        List<Block> tail = afterFront.subList(footer.start(), afterFront.size());
        Optional<DatelineYear> yearless = DatelineYear.of(body.get(0), tail);
        explainBody(body, explained, yearless);
        explainTail(tail, explained);
        String sourceUrl = firstOf(front.sourceUrl(), header.flatMap(HeaderBlock::url).orElse(null),
                footer.sourceUrl());
        String publisher = firstOf(named(footer), front.byline().publisher(),
                header.flatMap(HeaderBlock::publisher).orElse(null), host(sourceUrl), footer.publisher());
        String via = host(front.siteUrl());
        String author = firstOf(front.byline().author(), header.flatMap(HeaderBlock::author).orElse(null),
                Chrome.signedName(tail).orElse(null));
        LocalDate date = Optional.ofNullable(front.byline().date())
                .or(() -> header.flatMap(HeaderBlock::date))
                .or(() -> DateText.dateline(body.get(0).first()))
                .or(() -> yearless.map(DatelineYear::date))
                .or(() -> tailDate(tail)).orElse(null);
        if (date == null && yearless.isPresent()) {
            warnings.add(warning(file, body.get(0).line(), "the dateline gives " + yearless.get().dayText()
                    + " without a year, and nothing else in the file gives one; the date was left out",
                    "set date: yyyy-mm-dd in the written file"));
        }
        Draft draft = new Draft(front.title(), author, date, sourceUrl, publisher,
                Objects.equals(via, publisher) ? null : via, PageBreaks.join(body, LanguageDetection.of(body)),
                front.subtitle(blocks));
        return new Extraction(draft, explained, warnings);
    }

    /**
     * A front for a file without a clear title: the title the file states elsewhere (a mail's subject), else
     * the first line of the first block, cut at its first sentence; a warning names the line used.
     */
    private static Front fallback(List<Block> blocks, String knownTitle, Path file, List<String> warnings)
            throws ContentException {
        if (knownTitle != null) {
            return new Front(Texts.plainTitle(knownTitle), new Byline(null, null), null, null, 0, List.of(), -1, Map.of());
        }
        if (blocks.isEmpty()) {
            throw new ContentException(new Problem(file, 0, 0, "no article text found",
                    "the file holds no paragraph of text"));
        }
        Block first = blocks.get(0);
        String line = first.first().strip();
        String[] words = line.split("\\s+");
        String title = words.length <= MAX_FALLBACK_TITLE_WORDS ? line
                : String.join(" ", java.util.Arrays.asList(words).subList(0, MAX_FALLBACK_TITLE_WORDS)) + "…";
        title = Texts.plainTitle(title);
        boolean whole = first.lines().size() == 1 && words.length <= MAX_FALLBACK_TITLE_WORDS && blocks.size() > 1;
        warnings.add(warning(file, first.line(), "no clear title; used line " + first.line() + ": \"" + title + "\"",
                "put the article's title on the first line, or set title: in the written file"));
        return new Front(title, new Byline(null, null), null, null, whole ? 1 : 0, List.of(), whole ? 0 : -1, Map.of());
    }

    /** A warning in the form of an error message: "file:line:1: warning: message" and a hint line. */
    static String warning(Path file, int line, String message, String hint) {
        return file.toString().replace('\\', '/') + ":" + line + ":1: warning: " + message + "\n  hint: " + hint;
    }

    private static Optional<LocalDate> tailDate(List<Block> tail) {
        for (Block b : tail) {
            for (String line : b.lines()) {
                Optional<EnglishDates.Found> found = DateText.atEnd(line);
                if (found.isPresent() && line.split("\\s+").length <= 8) {
                    return Optional.of(found.get().date());
                }
            }
        }
        return Optional.empty();
    }

    private static void explainHeader(HeaderBlock header, String text, List<Extraction.Explained> explained) {
        String[] lines = text.split("\n", -1);
        int line = 0;
        while (line < lines.length && lines[line].isBlank()) {
            line++;
        }
        Role chrome = header.isMail() ? Role.MAIL_HEADER : Role.EXPORT_FIELD;
        for (int i = line; i < line + header.lines(); i++) {
            String label = lines[i].split("[:：]", 2)[0].strip();
            Role role = Vocabulary.of("title-labels").isWhole(label) ? Role.TITLE
                    : Vocabulary.of("author-labels").isWhole(label) && !header.isMail() ? Role.BYLINE
                    : Vocabulary.of("date-labels").isWhole(label) ? Role.DATE : chrome;
            explained.add(new Extraction.Explained(i + 1, lines[i].strip(), new Evidence(role, 3,
                    List.of("labelled field \"" + label + "\"", header.isMail() ? "mail headers" : "field block"))));
        }
    }

    private static void explainFront(List<Block> blocks, Front front, List<Extraction.Explained> explained) {
        for (int i = 0; i < Math.min(front.bodyStart(), blocks.size()); i++) {
            Block b = blocks.get(i);
            Evidence candidate = front.candidates().get(i);
            if (i == front.subtitleIndex()) {
                explained.add(entry(b, candidate));
                continue;
            }
            if (i == front.titleIndex()) {
                explained.add(entry(b, candidate != null ? candidate
                        : new Evidence(Role.TITLE, 0, List.of("best line left (uncertain)"))));
                continue;
            }
            Optional<Byline> byline = Byline.parse(b);
            if (byline.isPresent() && byline.get().author() == null && DateText.parseWhole(b.flat()).isEmpty()
                    && DateText.dateline(b.flat()).isPresent()) {
                explained.add(entry(b, new Evidence(Role.DATELINE, 3, List.of("place and date",
                        "date " + byline.get().date()))));
            } else if (byline.isPresent()) {
                explained.add(entry(b, bylineEvidence(byline.get())));
            } else if (candidate != null) {
                List<String> features = new ArrayList<>(candidate.features());
                features.add(0, "title candidate not chosen (score " + score(candidate.score()) + ")");
                explained.add(entry(b, new Evidence(Role.LABEL, candidate.score(), features)));
            } else {
                explained.add(entry(b, new Evidence(Role.LABEL, 1, List.of(i < front.titleIndex()
                        ? "before the title: link, crumb, label or other script" : "between the title and the text"))));
            }
        }
        for (int i : front.bylines()) {
            explained.add(entry(blocks.get(i), bylineEvidence(Byline.parse(blocks.get(i)).orElseThrow())));
        }
    }

    private static Evidence bylineEvidence(Byline byline) {
        List<String> features = new ArrayList<>();
        if (byline.author() != null) {
            features.add("author \"" + byline.author() + "\"");
        }
        if (byline.date() != null) {
            features.add("date " + byline.date());
        }
        if (byline.publisher() != null) {
            features.add("publisher \"" + byline.publisher() + "\"");
        }
        return new Evidence(byline.author() == null && byline.publisher() == null ? Role.DATE : Role.BYLINE, 3, features);
    }

    private static void explainBody(List<Block> body, List<Extraction.Explained> explained,
                                    Optional<DatelineYear> yearless) {
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            String first = b.first();
            List<String> features = new ArrayList<>(List.of(b.words() + " words"));
            Role role = Role.BODY;
            if (first.startsWith("#")) {
                role = Role.HEADING;
            } else if (first.startsWith(">")) {
                role = Role.QUOTE;
            } else if (first.matches("^(?:[-*+]|\\d+[.)])\\s.*")) {
                role = Role.LIST;
            } else if (i == 0 && DateText.dateline(first).isPresent()) {
                features.add("starts with a dateline, date " + DateText.dateline(first).get());
            } else if (i == 0 && yearless.isPresent()) {
                features.add(yearless.get().feature());
            }
            if (Texts.endsSentence(b.last())) {
                features.add("ends a sentence");
            }
            explained.add(entry(b, new Evidence(role, 2, features)));
        }
    }

    private static void explainTail(List<Block> tail, List<Extraction.Explained> explained) {
        for (int i = 0; i < tail.size(); i++) {
            Block b = tail.get(i);
            Evidence evidence = Chrome.after(b).orElse(new Evidence(Role.FOOTER, 1,
                    List.of(i == 0 ? "closing note or attribution" : "after the end of the article")));
            explained.add(entry(b, evidence));
        }
    }

    private static Extraction.Explained entry(Block b, Evidence evidence) {
        return new Extraction.Explained(b.line(), b.flat(), evidence);
    }

    private static String score(double score) {
        return String.format(java.util.Locale.ROOT, "%.1f", score);
    }

    /** {@code text} with the lines before {@code bodyLine} made empty, so blocks keep their file lines. */
    private static String blankBefore(String text, int bodyLine) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < Math.min(bodyLine - 1, lines.length); i++) {
            lines[i] = "";
        }
        return String.join("\n", lines);
    }

    private static List<Block> bodyOrFail(List<Block> body, Path file) throws ContentException {
        if (body.isEmpty()) {
            throw new ContentException(new Problem(file, 0, 0, "no article text found after the title",
                    "separate the title and the paragraphs by blank lines"));
        }
        return body;
    }

    /** The publisher an attribution line names in words, which wins over an address's host. */
    private static String named(Footer footer) {
        return footer.named() ? footer.publisher() : null;
    }

    static String host(String url) {
        return url == null ? null : Links.publisherHost(url).orElse(null);
    }

    static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
