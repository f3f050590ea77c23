package org.dozaban.content;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which articles are published on a given day: drafts never are, and an article dated after
 * today is published from its date on. Today is the date in the site's time zone.
 */
final class Schedule {

    private final Inclusion inclusion;
    private final LocalDate today;
    private final ZoneId timeZone;

    Schedule(Inclusion inclusion, Clock clock, ZoneId timeZone) {
        this.inclusion = inclusion;
        this.today = LocalDate.ofInstant(clock.instant(), timeZone);
        this.timeZone = timeZone;
    }

    LocalDate today() {
        return today;
    }

    /** The articles to keep, leaving out those the inclusion does not ask for; counts go to {@link #leftOut}. */
    Selected select(List<Article> articles) {
        List<Article> kept = new ArrayList<>();
        int drafts = 0;
        int future = 0;
        for (Article article : articles) {
            if (article.draft() && !inclusion.drafts()) {
                drafts++;
            } else if (isFuture(article) && !inclusion.future()) {
                future++;
            } else {
                kept.add(article);
            }
        }
        return new Selected(kept, new LeftOut(drafts, future, today, timeZone));
    }

    boolean isFuture(Article article) {
        return article.date() != null && article.date().isAfter(today);
    }

    /** The articles kept and what was left out. */
    record Selected(List<Article> articles, LeftOut leftOut) {
    }
}
