package org.dozaban.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The site's order of articles, written out by hand, is the one its definition chains. */
class NewestFirstTest {

    private static final Comparator<Article> DEFINITION = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::lang)
            .thenComparing(Article::slug);

    @Test
    void newestFirstComparesAsTheDefinitionDoes() {
        Random random = new Random(7);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // few dates, languages and slugs: every tie comes up
            String lang = List.of("en", "fa", "ar").get(random.nextInt(3));
            String slug = "s" + random.nextInt(5);
            LocalDate date = random.nextInt(5) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4));
            articles.add(new Article(Path.of(lang, slug + ".md"), lang, slug, "t", null, date, List.of(), null, null,
                    null, null, null, null, null, false, "", 1));
        }
        for (Article a : articles) {
            for (Article b : articles) {
                assertEquals(Integer.signum(DEFINITION.compare(a, b)), Integer.signum(Site.NEWEST_FIRST.compare(a, b)),
                        a.file() + " " + a.date() + " / " + b.file() + " " + b.date());
            }
        }
    }
}
