package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A raw HTML page as an article: parsed with jsoup, page chrome removed (navigation, header, footer, asides,
 * forms, and elements whose class or id the vocabulary names as share bars, comments, related lists...),
 * the article found by content density (the element whose paragraphs hold the most text), and converted
 * to Markdown: paragraphs, headings, lists, quotes, emphasis and links, no tags left. Metadata comes from
 * {@code og:} and {@code article:} meta tags, {@code <meta name="author">}, JSON-LD, {@code <time datetime>},
 * {@code <h1>} and {@code <title>}.
 */
final class HtmlArticle {

    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(?:<!doctype\\s+html|<html|<head|<body|<article|<div|<p[\\s>])");
    private static final String REMOVED = "nav, header, footer, aside, form, script, style, noscript, iframe, button, "
            + "input, select, textarea, svg, template";
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final int PROSE_WORDS = 12;
    private static final int MAX_META_WORDS = 12;
    /** Marks a paragraph whose class names it a subtitle, until the blocks are read. */
    private static final String DECK = "\u0000deck";
    private static final Pattern SUBHEADING = Pattern.compile("^#{2,3} .*");
    /** A shorter subheading under the headline is more often the first section's name ("Background"). */
    private static final int MIN_SUBHEADING_WORDS = 5;

    private HtmlArticle() {
    }

    /** Whether {@code text} is an HTML document or fragment rather than text. */
    static boolean isHtml(String text) {
        return HTML_START.matcher(text).find();
    }

    static Extraction extract(String html, Path file) throws ContentException {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        JsonLd ld = JsonLd.of(doc);
        String title = firstOf(meta(doc, "og:title"), ld.headline(), text(doc.selectFirst("h1")),
                siteTrimmed(doc.title()));
        String author = firstOf(ld.author(), meta(doc, "author"), text(doc.selectFirst("[rel=author]")));
        LocalDate date = Optional.ofNullable(firstOf(meta(doc, "article:published_time"), ld.datePublished(),
                attr(doc.selectFirst("time[datetime]"), "datetime"), meta(doc, "date")))
                .flatMap(HtmlArticle::date).orElse(null);
        String sourceUrl = firstOf(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
        String publisher = firstOf(meta(doc, "og:site_name"), ld.publisher());
        String description = firstOf(meta(doc, "og:description"), meta(doc, "description"));
        List<Extraction.Explained> explained = new ArrayList<>();
        Element body = doc.body();
        for (Element chrome : body.select(REMOVED)) {
            explained.add(explainedOf(chrome, Role.MENU, "<" + chrome.tagName() + "> element"));
        }
        body.select(REMOVED).remove();
        for (Element chrome : body.select("[class], [id]")) {
            Optional<String> word = chromeWord(chrome);
            if (word.isPresent() && chrome.parent() != null) {
                explained.add(explainedOf(chrome, Role.FOOTER, "class or id \"" + word.get() + "\" (html-chrome)"));
                chrome.remove();
            }
        }
        Element root = densest(body);
        List<Block> blocks = new ArrayList<>();
        convert(root, blocks, new ArrayList<>(), title);
        List<Block> article = new ArrayList<>();
        boolean prose = false;
        boolean titleSeen = false;
        String subtitle = null;
        Block subtitleBlock = null;
        for (Block b : blocks) {
            String flat = b.flat();
            Optional<String> deck = titleSeen && subtitle == null && article.isEmpty()
                    ? deckReason(b, description) : Optional.empty();
            if (deck.isPresent()) {
                subtitle = Subtitles.text(new Block(List.of(clean(flat)), b.line(), 1, false));
                subtitleBlock = new Block(List.of(clean(String.join("\n", b.lines())).split("\n")), b.line(), 1, false);
                explained.add(new Extraction.Explained(b.line(), clean(flat), new Evidence(Role.SUBTITLE, 3,
                        List.of(deck.get(), "before the text"))));
                continue;
            }
            boolean meta = !prose && b.words() <= MAX_META_WORDS
                    && (Byline.parse(b).isPresent() || author != null && flat.contains(author) || b.first().startsWith("\u0000time"));
            if (Texts.plainTitle(flat).equals(title) && !prose) {
                explained.add(new Extraction.Explained(b.line(), flat, new Evidence(Role.TITLE, 3, List.of("<h1> or title text"))));
                titleSeen = true;
            } else if (meta) {
                explained.add(new Extraction.Explained(b.line(), clean(flat), new Evidence(Role.BYLINE, 2,
                        List.of("byline or date before the text"))));
            } else {
                prose |= b.words() >= PROSE_WORDS;
                article.add(new Block(List.of(clean(String.join("\n", b.lines())).split("\n")), b.line(), 1, false));
                explained.add(new Extraction.Explained(b.line(), clean(flat), new Evidence(role(b.first()), 2,
                        List.of("in the densest element <" + root.tagName() + ">"))));
            }
        }
        if (article.isEmpty() && subtitleBlock != null) {
            Block only = subtitleBlock;
            explained.removeIf(e -> e.evidence().role() == Role.SUBTITLE);
            explained.add(new Extraction.Explained(only.line(), only.flat(), new Evidence(role(only.first()), 2,
                    List.of("the only text under the title"))));
            article.add(only);
            subtitle = null;
        }
        if (article.isEmpty()) {
            throw new ContentException(new Problem(file, 0, 0, "no article text found in the HTML",
                    "the page holds no paragraph outside navigation, headers and footers"));
        }
        List<String> warnings = new ArrayList<>();
        for (int line : ld.unreadable()) {
            warnings.add(Extractor.warning(file, line, "the JSON-LD script is not valid JSON; it was skipped and the"
                    + " page's other metadata used", "check the script with a JSON validator"));
        }
        if (title == null || title.isBlank()) {
            title = article.get(0).flat();
            warnings.add(Extractor.warning(file, article.get(0).line(), "no title in the HTML; used the first paragraph",
                    "add an <h1> or <title>"));
        }
        Draft draft = new Draft(title.strip(), author == null ? null : Byline.titleCase(author.strip()), date,
                sourceUrl, publisher, null, article, subtitle);
        return new Extraction(draft, explained, warnings);
    }

    /**
     * Why a block just under the title is its subtitle: an {@code <h2>} or {@code <h3>}, a paragraph whose class
     * names a subtitle (vocabulary html-subtitle), or the page's description; empty when it is none of them.
     */
    private static Optional<String> deckReason(Block b, String description) {
        String text = Subtitles.text(new Block(List.of(clean(b.flat())), b.line(), 1, false));
        int words = text.split("\\s+").length;
        if (words < 3 || words > 50 || Byline.parse(b).isPresent()) {
            return Optional.empty();
        }
        if (b.first().startsWith(DECK)) {
            return Optional.of("class of a subtitle (html-subtitle)");
        }
        if (SUBHEADING.matcher(b.first()).matches() && b.lines().size() == 1 && words >= MIN_SUBHEADING_WORDS) {
            return Optional.of("<h2> or <h3> under the <h1>");
        }
        if (description != null && Vocabulary.normalize(text).equals(Vocabulary.normalize(description))) {
            return Optional.of("repeats the page's description");
        }
        return Optional.empty();
    }

    private static Role role(String first) {
        if (first.startsWith("#")) {
            return Role.HEADING;
        }
        if (first.startsWith(">")) {
            return Role.QUOTE;
        }
        return first.matches("^(?:[-*+]|\\d+[.)])\\s.*") ? Role.LIST : Role.BODY;
    }

    private static String clean(String text) {
        return text.replace("\u0000time", "").replace(DECK, "");
    }

    private static Extraction.Explained explainedOf(Element e, Role role, String feature) {
        return new Extraction.Explained(lineOf(e), SPACES.matcher(e.text()).replaceAll(" ").strip(),
                new Evidence(role, 3, List.of(feature)));
    }

    private static int lineOf(Node n) {
        int line = n.sourceRange().start().lineNumber();
        return Math.max(line, 1);
    }

    private static boolean isDeck(Element e) {
        for (String part : e.className().toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (!part.isEmpty() && Vocabulary.of("html-subtitle").isWhole(part)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> chromeWord(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String part : names.split("[\\s_-]+")) {
            if (!part.isEmpty() && Vocabulary.of("html-chrome").isWhole(part)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** The element whose paragraphs hold the most text: each paragraph counts for its parent, half for the grandparent. */
    private static Element densest(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, li, blockquote, pre, h2, h3")) {
            double length = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2, Double::sum);
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Element e : body.select("*")) {
            double score = scores.getOrDefault(e, 0.0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        while (best != body && best.parent() != null && best.select("p").size() <= 1 && best.parent() != body) {
            best = best.parent();
        }
        return best.select("p").isEmpty() ? body : (best.tagName().matches("ul|ol|blockquote") ? best.parent() : best);
    }

    /** Appends the Markdown blocks of {@code e}'s children to {@code out}; loose inline content becomes a paragraph. */
    private static void convert(Element e, List<Block> out, List<Node> inline, String title) {
        for (Node child : e.childNodes()) {
            if (child instanceof Element el && isBlock(el)) {
                flush(inline, out);
                block(el, out, title);
            } else {
                inline.add(child);
            }
        }
        flush(inline, out);
    }

    private static boolean isBlock(Element el) {
        return el.tagName().matches("p|div|section|article|main|h[1-6]|ul|ol|blockquote|pre|table|figure|header|dl|hr|center");
    }

    private static void block(Element el, List<Block> out, String title) {
        String tag = el.tagName();
        switch (tag) {
            case "p" -> add(out, el, (el.selectFirst("time") != null && el.text().length() < 80 ? "\u0000time" : "")
                    + (isDeck(el) ? DECK : "") + inline(el.childNodes()));
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = inline(el.childNodes());
                int level = tag.charAt(1) - '0';
                add(out, el, level == 1 ? text : "#".repeat(level) + " " + text);
            }
            case "ul", "ol" -> {
                List<String> items = new ArrayList<>();
                int n = 1;
                for (Element li : el.children()) {
                    if (li.tagName().equals("li")) {
                        items.add((tag.equals("ol") ? n++ + ". " : "- ") + inline(li.childNodes()));
                    }
                }
                if (!items.isEmpty()) {
                    out.add(new Block(items, lineOf(el), 1, false));
                }
            }
            case "blockquote" -> {
                List<Block> inner = new ArrayList<>();
                convert(el, inner, new ArrayList<>(), title);
                List<String> lines = new ArrayList<>();
                for (Block b : inner) {
                    if (!lines.isEmpty()) {
                        lines.add(">");
                    }
                    b.lines().forEach(l -> lines.add("> " + l));
                }
                if (!lines.isEmpty()) {
                    out.add(new Block(lines, lineOf(el), 1, false));
                }
            }
            case "pre" -> {
                List<String> lines = new ArrayList<>(List.of("```"));
                lines.addAll(List.of(el.wholeText().strip().split("\n")));
                lines.add("```");
                out.add(new Block(lines, lineOf(el), 1, false));
            }
            case "hr" -> {
            }
            default -> convert(el, out, new ArrayList<>(), title);
        }
    }

    private static void add(List<Block> out, Element el, String text) {
        String t = text.strip();
        if (!clean(t).isBlank()) {
            out.add(new Block(List.of(t), lineOf(el), 1, false));
        }
    }

    private static void flush(List<Node> inline, List<Block> out) {
        if (inline.isEmpty()) {
            return;
        }
        String text = inline(inline).strip();
        if (!text.isEmpty()) {
            out.add(new Block(List.of(text), lineOf(inline.get(0)), 1, false));
        }
        inline.clear();
    }

    /** Inline Markdown of {@code nodes}: text with runs of space as one, emphasis, links, code and breaks. */
    private static String inline(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof TextNode t) {
                out.append(SPACES.matcher(t.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element el) {
                String inner = inline(el.childNodes());
                switch (el.tagName()) {
                    case "em", "i" -> out.append(wrap(inner, "*"));
                    case "strong", "b" -> out.append(wrap(inner, "**"));
                    case "code" -> out.append(wrap(inner, "`"));
                    case "br" -> out.append("  \n");
                    case "a" -> {
                        String href = el.attr("href").strip();
                        boolean real = href.matches("(?i)(?:https?://|mailto:|/).+");
                        out.append(real && !inner.isBlank() ? "[" + inner.strip() + "](" + href + ")" : inner);
                    }
                    case "img" -> {
                    }
                    default -> out.append(inner);
                }
            }
        }
        return out.toString().replaceAll(" *\n *", "\n").replaceAll("^ +| +$", "");
    }

    private static String wrap(String inner, String mark) {
        String t = inner.strip();
        if (t.isEmpty()) {
            return inner;
        }
        String lead = inner.startsWith(" ") ? " " : "";
        String trail = inner.endsWith(" ") ? " " : "";
        return lead + mark + t + mark + trail;
    }

    private static Optional<LocalDate> date(String value) {
        String v = value.strip();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return DateText.parseWhole(v);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(SPACES.matcher(e.text()).replaceAll(" ").strip());
    }

    /** A page title without the site name after a bar or dash ("Headline | Site" gives "Headline"). */
    private static String siteTrimmed(String title) {
        return blankToNull(title.replaceFirst("\\s+[|–—-]\\s+[^|–—-]+$", "").strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstOf(String... values) {
        return Extractor.firstOf(values);
    }
}
