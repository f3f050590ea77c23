package org.dozaban.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dozaban.html.ArticleHtml;
import org.dozaban.html.BodyCheck;
import org.dozaban.markdown.Markdown;
import org.jsoup.Jsoup;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any body through the Markdown pipeline: the body check places what it finds inside the body, and a
 * body it finds no error in renders with every word in the page's text, except in elements it warned
 * are removed.
 */
class MarkdownProperties {

    private static final Markdown MARKDOWN = new Markdown();
    private static final BodyCheck CHECK = new BodyCheck(MARKDOWN);

    /** Markup that never hides a word without the check saying so. */
    private static final List<String> MARKUP = List.of("*", "**", "_", "__", "`", "~~", "<b>", "</b>", "<i>", "</i>",
            "<em>", "</em>", "<style>", "</style>", "<iframe>", "</iframe>", "<xmp>", "</xmp>", "<pre>", "</pre>",
            "<details>", "</details>", "<span>", "</span>", "\n> ", "\n- ", "\n1. ", "\n# ", "\n\n", "\n", "    ",
            "\n```\n", "[", "]", "|", "\u202e", "\u2067", "\u2069", "\u200c", "\u00a0", "<br>", "!", "#", ".");

    private static final List<String> RAW_TEXT = List.of("style", "script", "xmp", "iframe", "noembed", "noframes",
            "noscript", "textarea", "title", "plaintext");

    @Property(tries = 300)
    void nothingIsLostSilently(@ForAll("bodies") String body) {
        List<BodyCheck.Finding> findings = CHECK.check(body);
        int lines = body.split("\n", -1).length;
        for (BodyCheck.Finding f : findings) {
            assertTrue(f.line() >= 1 && f.line() <= lines, "line out of the body: " + f);
        }
        if (findings.stream().anyMatch(BodyCheck.Finding::error)) {
            return;
        }
        String text = Jsoup.parseBodyFragment(ArticleHtml.process(MARKDOWN.toHtml(body), "en")).text();
        // the text of an element the check said is removed may go with it; any other word must stay
        if (findings.stream().noneMatch(f -> RAW_TEXT.stream().anyMatch(tag -> f.message().startsWith("<" + tag + ">")))) {
            for (String word : Mutations.WORDS) {
                if (body.contains(word)) {
                    assertTrue(text.contains(word), "\"" + word + "\" lost from:\n" + body + "\ntext: " + text);
                }
            }
        }
    }

    @Property(tries = 100)
    void mutatedBodiesNeverEscape(@ForAll("mutatedBodies") byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (CHECK.check(body).stream().noneMatch(BodyCheck.Finding::error)) {
            ArticleHtml.process(MARKDOWN.toHtml(body), "fa");
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(Mutations.word().map(w -> w + " "), Arbitraries.of(MARKUP))
                .list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<byte[]> mutatedBodies() {
        return Mutations.mutated(bodies());
    }
}
