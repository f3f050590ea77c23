package org.dozaban.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the article ends: the first short line, not a sentence, of the kinds that follow articles
 * on web pages and in agency copy (attribution, and the kinds {@link Chrome#after} reads from the
 * vocabularies: related articles, comment prompts, contact and copyright notes, end markers, credits,
 * closings) with less text after it than before, a closing note with a link set apart by blank
 * lines, and bare links set apart at the end. Reports
 * the publisher an attribution line or footer link names.
 *
 * @param start     index of the first block that is not the article
 * @param publisher the publisher named by the footer, or null
 * @param sourceUrl an address with a path on an attribution line, or null
 * @param named     whether an attribution line names the publisher in words ("Source: Name, address"),
 *                  which says more than the host of an address
 */
public record Footer(int start, String publisher, String sourceUrl, boolean named) {

    private static final int MAX_MARKER_WORDS = 12;
    /** A full stop, question or exclamation mark at the end: a sentence of the article, not a label. */
    private static final Pattern SENTENCE = Pattern.compile("[.!?][\"'”’)]*$");

    /** A label from the attribution vocabulary, a colon, and the publisher's name or address. */
    private static final Pattern LABELLED = Pattern.compile("^([^:：]{1,40}?)\\s*[:：]\\s*(.+)$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)\\s]+\\)");
    /** An address in an attribution line: in angle brackets, or bare. */
    private static final Pattern LINK_IN_TEXT = Pattern.compile(
            "<[^>\\s]+>|https?://\\S+|(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/\\S*)?");

    /** A copyright notice, a sentence or not: "© 2014 Name. All rights reserved." */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*\\d{4}\\b.*|.*\\ball rights reserved\\b.*");
    /** Blank lines that set a closing note apart from the article (a page break leaves one). */
    private static final int SET_APART = 2;

    /** Finds the footer of {@code body}; {@code start == body.size()} when there is none. */
    public static Footer find(List<Block> body) {
        int start = setApartNote(body);
        for (int i = 1; i < start; i++) {
            if (isMarker(body.get(i)) && words(body.subList(i, body.size())) < words(body.subList(0, i))) {
                start = i;
                break;
            }
        }
        while (start > 1 && Texts.isLinkOnly(body.get(start - 1).flat()) && body.get(start - 1).blanksBefore() > 1) {
            start--;
        }
        List<Block> footer = body.subList(start, body.size());
        Optional<String> name = attributedName(footer);
        return new Footer(start, name.or(() -> publisher(footer)).orElse(null), attributedUrl(footer).orElse(null),
                name.isPresent());
    }

    /**
     * The start of a closing note set apart by blank lines: short lines, none a sentence of the article,
     * at least one of them a link or address ("To reach the editors write to:" / "site.org/contact");
     * {@code body.size()} when there is none.
     */
    private static int setApartNote(List<Block> body) {
        for (int i = body.size() - 1; i >= 1; i--) {
            Block block = body.get(i);
            if (block.words() > MAX_MARKER_WORDS || isSentence(block) && !isCopyright(block)) {
                return body.size();
            }
            if (block.blanksBefore() >= SET_APART) {
                boolean linked = body.subList(i, body.size()).stream()
                        .anyMatch(b -> Texts.isLinkOnly(b.flat()) || !Links.urls(b.flat()).isEmpty());
                return linked ? i : body.size();
            }
        }
        return body.size();
    }

    private static Optional<String> attributedUrl(List<Block> footer) {
        return attributions(footer).flatMap(value -> Links.urls(value).stream()).filter(Links::hasPath).findFirst();
    }

    /** Whether a block is a short line, not a sentence, of the kinds that end an article. */
    static boolean isMarker(Block block) {
        String text = unemphasized(block);
        if (block.words() <= MAX_MARKER_WORDS && (isCopyright(block)
                || !isSentence(block) && attribution(text).isPresent())) {
            return true;
        }
        return Chrome.after(block).isPresent();
    }

    private static boolean isCopyright(Block block) {
        return COPYRIGHT.matcher(unemphasized(block)).matches();
    }

    private static boolean isSentence(Block block) {
        return SENTENCE.matcher(unemphasized(block)).find();
    }

    private static String unemphasized(Block block) {
        return block.flat().strip().replaceAll("^[*_]+|[*_]+$", "");
    }

    /** The value after an attribution label ("Source: Name, address"), if the text is one. */
    private static Optional<String> attribution(String text) {
        Matcher m = LABELLED.matcher(text);
        return m.matches() && Vocabulary.of("attribution-labels").isWhole(m.group(1))
                ? Optional.of(m.group(2).strip()) : Optional.empty();
    }

    private static int words(List<Block> blocks) {
        return blocks.stream().mapToInt(Block::words).sum();
    }

    /**
     * The words of the first attribution line without its addresses ("Source: Name, https://…"), a
     * link's text standing for the link ("Source: [Name](https://…)").
     */
    private static Optional<String> attributedName(List<Block> footer) {
        return attributions(footer).findFirst()
                .map(value -> MARKDOWN_LINK.matcher(value).replaceAll("$1"))
                .map(value -> LINK_IN_TEXT.matcher(value).replaceAll(" ").replaceAll("[\\s,;:|–—()-]+$", "").strip())
                .filter(name -> !name.isEmpty() && !Texts.isLinkOnly(name));
    }

    private static Optional<String> publisher(List<Block> footer) {
        Optional<String> attributed = attributions(footer).findFirst();
        if (attributed.isPresent()) {
            List<String> urls = Links.urls(attributed.get());
            return urls.isEmpty() ? Optional.empty() : Links.publisherHost(urls.get(0));
        }
        return footer.stream().flatMap(b -> Links.urls(b.flat()).stream())
                .map(Links::publisherHost).flatMap(Optional::stream).findFirst();
    }

    private static java.util.stream.Stream<String> attributions(List<Block> footer) {
        return footer.stream().map(b -> attribution(b.flat().strip())).flatMap(Optional::stream);
    }
}
