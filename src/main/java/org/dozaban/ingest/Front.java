package org.dozaban.ingest;

import org.dozaban.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where the article starts: the title, the byline and date under it, the source address, and
 * everything before them that is page chrome (mastheads, mottos, section labels, breadcrumbs).
 *
 * <p>The first block of running prose in the document's main script bounds the front. The title is the
 * last Markdown heading of the front, else the last title-like block before its last run of byline and
 * date lines (before the prose when there is none); the body starts at the first block after the title
 * that is neither metadata nor chrome, or after a line of names alone between the title and the prose.
 *
 * @param title     the title
 * @param byline    author and date found before the body
 * @param sourceUrl the last address with a path before the body, or null
 * @param siteUrl   the first home-page address before the title (the capturing site), or null
 * @param bodyStart index of the body's first block
 * @param bylines   indexes of byline or date lines just after the body start (under a subtitle), left out
 * @param titleIndex index of the title block, or -1 when the title came from elsewhere
 * @param candidates the title candidates before the text, by index, with their scores and features, and the
 *                   subtitle's evidence at its index
 * @param subtitleIndex index of the subtitle block, or -1 when there is none
 */
public record Front(String title, Byline byline, String sourceUrl, String siteUrl, int bodyStart,
                    List<Integer> bylines, int titleIndex, java.util.Map<Integer, Evidence> candidates,
                    int subtitleIndex) {

    /** How far into the body a byline or date line is still metadata (after a subtitle or lead). */
    private static final int BYLINE_REACH = 3;
    private static final int MIN_PROSE_WORDS = 12;
    private static final int LONG_PROSE_WORDS = 20;
    private static final int MAX_TITLE_WORDS = 20;
    private static final int MAX_NAME_WORDS = 4;
    /** Fewer words than this under a title are more often a section label than a subtitle. */
    private static final int MIN_LEAD_LINE_WORDS = 5;

    public Front {
        bylines = List.copyOf(bylines);
        candidates = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(candidates));
    }

    /** A front without a subtitle. */
    public Front(String title, Byline byline, String sourceUrl, String siteUrl, int bodyStart, List<Integer> bylines,
                 int titleIndex, java.util.Map<Integer, Evidence> candidates) {
        this(title, byline, sourceUrl, siteUrl, bodyStart, bylines, titleIndex, candidates, -1);
    }

    /** The subtitle's text, or null. */
    public String subtitle(List<Block> blocks) {
        return subtitleIndex < 0 ? null : Subtitles.text(blocks.get(subtitleIndex));
    }

    /** The blocks of the article from the body start on, without the bylines found there. */
    public List<Block> body(List<Block> blocks) {
        List<Block> body = new ArrayList<>();
        for (int i = bodyStart; i < blocks.size(); i++) {
            if (!bylines.contains(i)) {
                body.add(blocks.get(i));
            }
        }
        return body;
    }

    /** Reads the front of {@code blocks}; empty when no title can be found. */
    public static Optional<Front> read(List<Block> blocks, String docLang) {
        return read(blocks, docLang, null);
    }

    /**
     * Reads the front of {@code blocks}; {@code knownTitle}, when not null, is a title the file states
     * elsewhere (a mail's subject), and the block repeating it is the title.
     */
    public static Optional<Front> read(List<Block> blocks, String docLang, String knownTitle) {
        int prose = firstProse(blocks, docLang);
        List<Kind> kinds = classify(blocks, prose, docLang);
        java.util.Map<Integer, Evidence> candidates = scoreTitles(blocks, kinds, knownTitle, bodyWords(blocks, prose));
        int title = best(candidates).orElseGet(() -> nameLikeTitle(blocks, kinds));
        if (knownTitle == null && title > 0 && kinds.get(title - 1) == Kind.TITLE
                && candidates.get(title - 1).score() > 0 && beforeText(kinds, title + 1, prose)
                && Subtitles.isHeadlineOver(blocks.get(title - 1), blocks.get(title))) {
            Evidence over = candidates.get(title - 1);
            List<String> features = new ArrayList<>(over.features());
            features.add(0, Subtitles.isSubheading(blocks.get(title - 1), blocks.get(title))
                    ? "heading over a lower-level heading (its subtitle)"
                    : "headline over a longer title-like line (its subtitle)");
            candidates = new java.util.TreeMap<>(candidates);
            candidates.put(title - 1, new Evidence(Role.TITLE, over.score(), features));
            title--;
        }
        String titleText = title >= 0
                ? Texts.plainTitle(wrappedTitle(blocks, kinds, title, docLang))
                : crumbTitle(blocks, prose);
        if (titleText == null || titleText.isBlank()) {
            return Optional.empty();
        }
        int bodyStart = title + 1;
        while (bodyStart < prose && (kinds.get(bodyStart) == Kind.CHROME || kinds.get(bodyStart) == Kind.META)) {
            bodyStart++;
        }
        String loneName = null;
        int subtitle = -1;
        if (title >= 0 && bodyStart == title + 1 && bodyStart + 1 == prose && isLoneName(blocks.get(bodyStart))) {
            loneName = blocks.get(bodyStart).first().strip();
            bodyStart++;
        } else if (title >= 0 && bodyStart == title + 1) {
            Optional<String> where = subtitleAt(blocks, kinds, bodyStart, prose);
            if (where.isPresent()) {
                subtitle = bodyStart;
                candidates = new java.util.TreeMap<>(candidates);
                candidates.put(subtitle, Subtitles.evidence(blocks.get(subtitle), where.get()));
                bodyStart++;
                while (bodyStart < prose && (kinds.get(bodyStart) == Kind.CHROME || kinds.get(bodyStart) == Kind.META)) {
                    bodyStart++;
                }
            }
        }
        List<Integer> bylines = bylinesNear(blocks, bodyStart);
        Byline byline = byline(blocks, kinds, title, bodyStart).merge(new Byline(loneName, null));
        for (int i : bylines) {
            byline = byline.merge(Byline.parse(blocks.get(i)).orElseThrow());
        }
        return Optional.of(new Front(titleText, byline, sourceUrl(blocks, bodyStart),
                siteUrl(blocks, Math.max(title, 0)), bodyStart, bylines, title, candidates, subtitle));
    }

    /**
     * Why the block at {@code i}, just under the title, is its subtitle: it has the shape of one and stands
     * before the byline or date, or, a title-like line of five words or more, just before the text. Empty
     * when it is not a subtitle, and when no text follows (then the line is the text).
     */
    private static Optional<String> subtitleAt(List<Block> blocks, List<Kind> kinds, int i, int prose) {
        if (i >= prose || prose >= blocks.size() || kinds.get(i) == Kind.CHROME
                || !Subtitles.hasShape(blocks.get(i)) && !Subtitles.isSubheading(blocks.get(i - 1), blocks.get(i))) {
            return Optional.empty();
        }
        Block b = blocks.get(i);
        if (i + 1 < prose && kinds.get(i + 1) == Kind.META) {
            return Optional.of("under the title, before the byline or date");
        }
        if (i + 1 == prose && kinds.get(i) == Kind.TITLE
                && Subtitles.text(b).split("\\s+").length >= MIN_LEAD_LINE_WORDS) {
            return Optional.of("under the title, before the text; not a sentence");
        }
        return Optional.empty();
    }

    /** Whether the block at {@code i} is a byline or date before the text, or the text itself. */
    private static boolean beforeText(List<Kind> kinds, int i, int prose) {
        return i == prose || i < prose && kinds.get(i) == Kind.META;
    }

    private enum Kind { CHROME, META, TITLE, OTHER }

    private static List<Integer> bylinesNear(List<Block> blocks, int bodyStart) {
        List<Integer> found = new ArrayList<>();
        for (int i = bodyStart + 1; i < Math.min(blocks.size(), bodyStart + BYLINE_REACH); i++) {
            if (Byline.parse(blocks.get(i)).isPresent()) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * Scores each title-like block before the text. A Markdown heading weighs most; then the last candidate
     * before the last run of byline and date lines, then the last candidate of all; a block that repeats a
     * title the file states elsewhere wins outright. A block of several lines that do not run on into each
     * other (a site name and its motto) is unlikely to be a title.
     */
    private static java.util.Map<Integer, Evidence> scoreTitles(List<Block> blocks, List<Kind> kinds, String knownTitle,
                                                               java.util.Set<String> bodyWords) {
        java.util.Map<Integer, Evidence> scores = new java.util.TreeMap<>();
        int metaRun = kinds.lastIndexOf(Kind.META);
        while (metaRun > 0 && kinds.get(metaRun - 1) != Kind.TITLE && kinds.get(metaRun - 1) != Kind.OTHER) {
            metaRun--;
        }
        int beforeMeta = metaRun > 0 ? kinds.subList(0, metaRun).lastIndexOf(Kind.TITLE) : -1;
        int last = kinds.lastIndexOf(Kind.TITLE);
        String known = knownTitle == null ? null : Vocabulary.normalize(Texts.plainTitle(knownTitle));
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) != Kind.TITLE) {
                continue;
            }
            Block b = blocks.get(i);
            List<String> features = new ArrayList<>();
            double score = 1;
            if (b.first().startsWith("#")) {
                score += 100;
                features.add("heading mark");
            }
            if (i == beforeMeta) {
                score += 10;
                features.add("last candidate before the byline");
            } else if (i == last) {
                score += 5;
                features.add("last candidate before the text");
            }
            if (separateLines(b)) {
                score -= 20;
                features.add("lines that do not run on (a name and a motto)");
            }
            if (known != null && Vocabulary.normalize(Texts.plainTitle(b.flat())).equals(known)) {
                score += 1000;
                features.add("repeats the stated title");
            }
            if (isAllCaps(b.flat())) {
                features.add("ALL CAPS, kept as written");
            }
            double shared = sharedShare(b.flat(), bodyWords);
            score += shared;
            features.add(Math.round(shared * 100) + "% of its words in the text");
            features.add(b.words() + " words, no full stop");
            scores.put(i, new Evidence(Role.TITLE, score, features));
        }
        return scores;
    }

    /** The lower-case words of the blocks from {@code prose} on. */
    private static java.util.Set<String> bodyWords(List<Block> blocks, int prose) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Block b : blocks.subList(Math.min(prose, blocks.size()), blocks.size())) {
            for (String w : Vocabulary.normalize(b.flat()).split("[^\\p{L}\\p{N}]+")) {
                words.add(w);
            }
        }
        return words;
    }

    /** The share of the words of {@code text} longer than three letters that the body uses too. */
    private static double sharedShare(String text, java.util.Set<String> bodyWords) {
        List<String> words = java.util.Arrays.stream(Vocabulary.normalize(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 3).toList();
        return words.isEmpty() ? 0 : (double) words.stream().filter(bodyWords::contains).count() / words.size();
    }

    private static Optional<Integer> best(java.util.Map<Integer, Evidence> candidates) {
        Integer best = null;
        for (var e : candidates.entrySet()) {
            if (best == null || e.getValue().score() >= candidates.get(best).score()) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Several lines, none running on into the next: each starts a new thing. */
    private static boolean separateLines(Block b) {
        if (b.lines().size() < 2 || b.first().startsWith("#")) {
            return false;
        }
        for (int i = 1; i < b.lines().size(); i++) {
            String next = b.lines().get(i);
            Block prev = new Block(List.of(b.lines().get(i - 1)), 1, 0, false);
            int start = next.isEmpty() ? 'a' : next.codePointAt(0);
            boolean cased = Character.isUpperCase(start) || Character.isLowerCase(start);
            String lang = (cased ? Language.ENGLISH : Language.PERSIAN).code();
            if (next.isEmpty() || cased && !Character.isUpperCase(start)
                    || PageBreaks.continues(prev, new Block(List.of(next), 1, 0, false), lang)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the letters of {@code text} are all capitals (and there are some). */
    static boolean isAllCaps(String text) {
        return text.codePoints().anyMatch(Character::isUpperCase) && text.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * With no other candidate, a title that reads like a name ("Elections Held", "Elections Held 13 June
     * 2014") is the title after all: the first such line before the prose.
     */
    private static int nameLikeTitle(List<Block> blocks, List<Kind> kinds) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == Kind.META && blocks.get(i).lines().size() == 1
                    && Byline.dateLine(blocks.get(i).first()).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The title block with the title lines a hard wrap split off before it ("...talks on the" / "river"). */
    private static String wrappedTitle(List<Block> blocks, List<Kind> kinds, int title, String docLang) {
        String text = blocks.get(title).flat();
        for (int i = title; i > 0 && kinds.get(i - 1) == Kind.TITLE && blocks.get(i).blanksBefore() == 0
                && PageBreaks.continues(blocks.get(i - 1), blocks.get(i), docLang); i--) {
            text = blocks.get(i - 1).flat() + " " + text;
        }
        return text;
    }

    static int firstProse(List<Block> blocks, String docLang) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean sentence = Texts.endsSentence(b.last()) || b.words() >= LONG_PROSE_WORDS;
            if (b.words() >= MIN_PROSE_WORDS && sentence && Texts.inScriptOf(b.flat(), docLang)
                    && !Texts.isLinkOnly(b.flat())) {
                return i;
            }
        }
        return blocks.size();
    }

    private static List<Kind> classify(List<Block> blocks, int prose, String docLang) {
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < prose; i++) {
            kinds.add(kind(blocks, i, docLang));
        }
        return kinds;
    }

    private static Kind kind(List<Block> blocks, int i, String docLang) {
        Block b = blocks.get(i);
        String flat = b.flat();
        if (Byline.parse(b).filter(found -> found.author() == null && found.date() != null).isPresent()) {
            return Kind.META;
        }
        if (Texts.isLinkOnly(flat) || Texts.isBreadcrumb(flat) || !Texts.inScriptOf(flat, docLang)) {
            return Kind.CHROME;
        }
        if (Byline.parse(b).isPresent() || nameBeforeDate(blocks, i)) {
            return Kind.META;
        }
        // A headline may ask a question; only a full stop marks a sentence of text.
        boolean titleLike = b.words() <= MAX_TITLE_WORDS && !flat.strip().matches(".*\\.[\"'”’]?$");
        return titleLike ? Kind.TITLE : Kind.OTHER;
    }

    /**
     * A line of personal names alone between the title and the text, set as a Markdown line of its own
     * (two trailing spaces), as bylines are: the author, though no "By" or date says so. Without that
     * mark a capitalized line there may as well be a section label ("Middle East").
     */
    private static boolean isLoneName(Block block) {
        return block.lines().size() == 1 && block.first().endsWith("  ") && block.words() <= MAX_NAME_WORDS
                && Byline.isName(block.first());
    }

    private static boolean nameBeforeDate(List<Block> blocks, int i) {
        return i + 1 < blocks.size() && blocks.get(i).lines().size() == 1
                && Byline.isNameBeforeDate(blocks.get(i).first())
                && Byline.dateLine(blocks.get(i + 1).flat()).isPresent();
    }

    private static String crumbTitle(List<Block> blocks, int prose) {
        for (int i = prose - 1; i >= 0; i--) {
            if (Texts.isBreadcrumb(blocks.get(i).flat())) {
                return Texts.lastCrumb(blocks.get(i).flat());
            }
        }
        return null;
    }

    private static Byline byline(List<Block> blocks, List<Kind> kinds, int title, int bodyStart) {
        Byline found = new Byline(null, null);
        for (int i = 0; i < bodyStart; i++) {
            if (kinds.get(i) != Kind.META || i == title) {
                continue;
            }
            Block b = blocks.get(i);
            Byline read = Byline.parse(b).orElse(new Byline(b.first().strip(), null));
            found = found.merge(read);
        }
        return found;
    }

    private static String sourceUrl(List<Block> blocks, int bodyStart) {
        String found = null;
        for (int i = 0; i < bodyStart; i++) {
            for (String url : Links.urls(blocks.get(i).flat())) {
                if (Links.hasPath(url)) {
                    found = url;
                }
            }
        }
        return found;
    }

    private static String siteUrl(List<Block> blocks, int title) {
        for (int i = 0; i < title; i++) {
            if (!Texts.isLinkOnly(blocks.get(i).flat())) {
                continue;
            }
            for (String url : Links.urls(blocks.get(i).flat())) {
                if (!Links.hasPath(url)) {
                    return url;
                }
            }
        }
        return null;
    }
}
