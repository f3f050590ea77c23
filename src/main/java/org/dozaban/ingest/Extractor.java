package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Decoded seed text to a {@link Draft}: layout, front matter, body, footer and metadata. */
public final class Extractor {

    private Extractor() {
    }

    /** Extracts the article of {@code text}, read from {@code file} (named in errors). */
    public static Draft extract(String text, Path file) throws ContentException {
        Optional<HeaderBlock> header = HeaderBlock.parse(text);
        return header.isPresent() ? fromHeader(header.get(), file) : fromPage(text, file);
    }

    private static Draft fromHeader(HeaderBlock header, Path file) throws ContentException {
        List<Block> blocks = Reflow.lineBlocks(header.body());
        Footer footer = Footer.find(blocks);
        List<Block> body = bodyOrFail(blocks.subList(0, footer.start()), file);
        String sourceUrl = header.url("source-url", "sourceurl", "url", "source").orElse(footer.sourceUrl());
        String publisher = firstOf(header.field("publisher").orElse(null), named(footer), host(sourceUrl),
                footer.publisher());
        return new Draft(Texts.plainTitle(header.field("title").orElseThrow()), header.field("author").orElse(null),
                header.date().orElse(null), sourceUrl, publisher, null,
                PageBreaks.join(body, LanguageDetection.of(body)));
    }

    private static Draft fromPage(String text, Path file) throws ContentException {
        List<Block> blocks = Reflow.blocks(text);
        Front front = Front.read(blocks, Texts.majorityLanguage(text)).orElseThrow(() -> new ContentException(
                new Problem(file, 0, 0, "no article title found", "start the file with the article's title")));
        List<Block> afterFront = front.body(blocks);
        Footer footer = Footer.find(afterFront);
        List<Block> body = bodyOrFail(afterFront.subList(0, footer.start()), file);
        String sourceUrl = firstOf(front.sourceUrl(), footer.sourceUrl());
        String publisher = firstOf(named(footer), host(sourceUrl), footer.publisher());
        String via = host(front.siteUrl());
        return new Draft(front.title(), front.byline().author(), front.byline().date(), sourceUrl,
                publisher, Objects.equals(via, publisher) ? null : via,
                PageBreaks.join(body, LanguageDetection.of(body)));
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

    private static String host(String url) {
        return url == null ? null : Links.host(url).orElse(null);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
