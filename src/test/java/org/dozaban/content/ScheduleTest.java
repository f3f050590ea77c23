package org.dozaban.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts and articles dated after today are left out unless asked for; today is the site's. */
class ScheduleTest {

    @TempDir
    Path content;

    private void site(String timeZoneLine) throws IOException {
        Files.writeString(content.resolve("site.yaml"), "baseUrl: https://example.org/\n" + timeZoneLine);
        Files.writeString(content.resolve("topics.yaml"), "{}\n");
        Files.createDirectories(content.resolve("en"));
        Files.createDirectories(content.resolve("fa"));
    }

    private void article(String name, String frontMatter) throws IOException {
        Files.writeString(content.resolve("en").resolve(name + ".md"),
                "---\ntitle: " + name + "\n" + frontMatter + "---\nText.\n");
    }

    @Test
    void inclusionsAreEqualWhenTheyKeepTheSameArticles() {
        assertEquals(Inclusion.PUBLISHED, new Inclusion(false, false));
        assertEquals(Inclusion.EVERYTHING.hashCode(), new Inclusion(true, true).hashCode());
        List<Inclusion> all = List.of(Inclusion.PUBLISHED, new Inclusion(true, false), new Inclusion(false, true),
                Inclusion.EVERYTHING);
        for (Inclusion one : all) {
            for (Inclusion other : all) {
                assertEquals(one == other, one.equals(other), one + " and " + other);
            }
        }
        assertFalse(Inclusion.PUBLISHED.equals(null));
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private List<String> titles(Site site) {
        return site.articles().stream().map(Article::title).sorted().toList();
    }

    private void fourArticles() throws IOException {
        article("published", "date: 2026-12-03\n");
        article("undated", "");
        article("tomorrow", "date: 2026-12-04\n");
        article("draft", "date: 2026-01-01\ndraft: true\n");
        article("future-draft", "date: 2027-01-01\ndraft: true\n");
    }

    @Test
    void leavesOutDraftsAndFutureArticlesByDefault() throws Exception {
        site("");
        fourArticles();
        Site site = ContentLoader.load(content, Inclusion.PUBLISHED, at("2026-12-03T12:00:00Z"));
        assertEquals(List.of("published", "undated"), titles(site));
        assertEquals(new LeftOut(2, 1, LocalDate.of(2026, 12, 3), ZoneId.of("UTC")), site.leftOut());
    }

    @Test
    void aDraftDatedLaterCountsOnceAndAsAFutureArticleWhenDraftsAreIncluded() throws Exception {
        site("");
        fourArticles();
        Site site = ContentLoader.load(content, new Inclusion(true, false), at("2026-12-03T12:00:00Z"));
        assertEquals(List.of("draft", "published", "undated"), titles(site));
        assertEquals(0, site.leftOut().drafts());
        assertEquals(2, site.leftOut().future());
    }

    @Test
    void includesWhatIsAskedFor() throws Exception {
        site("");
        fourArticles();
        Site future = ContentLoader.load(content, new Inclusion(false, true), at("2026-12-03T12:00:00Z"));
        assertEquals(List.of("published", "tomorrow", "undated"), titles(future));
        assertEquals(2, future.leftOut().drafts());
        assertEquals(0, future.leftOut().future());
        Site everything = ContentLoader.load(content, Inclusion.EVERYTHING, at("2026-12-03T12:00:00Z"));
        assertEquals(5, everything.articles().size());
        assertEquals(0, everything.leftOut().total());
    }

    @Test
    void anArticleDatedTodayIsPublishedFromTheFirstMomentOfTheDay() throws Exception {
        site("");
        article("today", "date: 2026-12-04\n");
        assertEquals(1, ContentLoader.load(content, Inclusion.PUBLISHED, at("2026-12-03T23:59:59Z")).leftOut().future());
        assertEquals(0, ContentLoader.load(content, Inclusion.PUBLISHED, at("2026-12-04T00:00:00Z")).leftOut().future());
    }

    /** 21:00 UTC on 3 December is 00:30 on 4 December in Tehran (UTC+3:30): the article is due there. */
    @Test
    void todayIsTheDateInTheSiteTimeZone() throws Exception {
        site("");
        article("fourth", "date: 2026-12-04\n");
        Clock evening = at("2026-12-03T21:00:00Z");
        assertEquals(List.of(), titles(ContentLoader.load(content, Inclusion.PUBLISHED, evening)));
        site("timeZone: Asia/Tehran\n");
        Site tehran = ContentLoader.load(content, Inclusion.PUBLISHED, evening);
        assertEquals(List.of("fourth"), titles(tehran));
        assertEquals(LocalDate.of(2026, 12, 4), tehran.leftOut().today());
        assertEquals(ZoneId.of("Asia/Tehran"), tehran.leftOut().timeZone());
        site("timeZone: America/Los_Angeles\n");
        assertEquals(List.of(), titles(ContentLoader.load(content, Inclusion.PUBLISHED, at("2026-12-04T07:59:59Z"))),
                "23:59:59 on the 3rd in Los Angeles");
        assertEquals(List.of("fourth"), titles(ContentLoader.load(content, Inclusion.PUBLISHED, at("2026-12-04T08:00:00Z"))));
    }

    @Test
    void anIncludedFutureArticleIsMarkedScheduled() throws Exception {
        site("");
        fourArticles();
        Site site = ContentLoader.load(content, Inclusion.EVERYTHING, at("2026-12-03T12:00:00Z"));
        for (Article article : site.articles()) {
            assertEquals(article.title().equals("tomorrow") || article.title().equals("future-draft"),
                    site.isScheduled(article), article.title());
        }
    }

    @Test
    void aSiteWithoutAScheduleHasNothingScheduled() throws Exception {
        site("");
        article("far", "date: 2999-01-01\n");
        Site loaded = ContentLoader.load(content, Inclusion.EVERYTHING, at("2026-12-03T12:00:00Z"));
        assertTrue(loaded.isScheduled(loaded.articles().get(0)));
        Site assembled = new Site(loaded.config(), loaded.topics(), loaded.articles());
        assertFalse(assembled.isScheduled(assembled.articles().get(0)));
    }
}
