package org.dozaban.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownWriterTest {

    private static ImportedArticle article(String title, String author, LocalDate date) {
        return new ImportedArticle("en", "s", title, author, date, List.of("iraq", "iran"), "http://x.org/a",
                "x.org", "y.org", "s", "seed.txt", List.of("One.", "Two."));
    }

    @Test
    void writesKeysInOrderAndParagraphsSeparatedByOneBlankLine() {
        assertEquals("""
                ---
                title: T
                author: A
                date: 2014-06-17
                topics: [iraq, iran]
                sourceUrl: http://x.org/a
                publisher: x.org
                via: y.org
                translationKey: s
                seed: seed.txt
                ---

                One.

                Two.
                """, MarkdownWriter.write(article("T", "A", LocalDate.of(2014, 6, 17))));
    }

    @Test
    void omitsAbsentFields() {
        ImportedArticle a = new ImportedArticle("en", "t", "T", null, null, List.of(), null, null, null, "t",
                "seed.txt", List.of("One."));
        assertEquals("---\ntitle: T\ntranslationKey: t\nseed: seed.txt\n---\n\nOne.\n", MarkdownWriter.write(a));
    }

    @Test
    void writesTheSlugWhenTheFileNameDiffersFromTheTitleSlug() {
        ImportedArticle a = new ImportedArticle("en", "t-2", "T", null, null, List.of(), null, null, null, "t",
                "seed.txt", List.of("One."));
        assertEquals("---\ntitle: T\nslug: t-2\ntranslationKey: t\nseed: seed.txt\n---\n\nOne.\n",
                MarkdownWriter.write(a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Iraq: the war", "\"Quoted\" title", "- dash first", "yes", "2014", "1.5",
            "a # not a comment", "ends with colon:", "it's fine", "بازفید: مدارس", "back\\slash", "[x]", "@x",
            "2014-06-17", "null", "% x", "tab\there", "line\u2028separator", "next\u0085line"})
    void quotesWhateverWouldNotReadBackAsTheSameString(String title) {
        String text = MarkdownWriter.write(article(title, null, null));
        String yaml = text.substring(4, text.indexOf("\n---\n"));
        Map<?, ?> map = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
        assertEquals(title, map.get("title"));
    }
}
