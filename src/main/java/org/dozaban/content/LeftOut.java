package org.dozaban.content;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The articles a load left out of the site, by reason. An article that is both a draft and scheduled
 * counts once, as a draft when drafts were left out.
 *
 * @param drafts   drafts left out
 * @param future   articles left out because they are dated after {@code today}
 * @param today    the day the load took as today
 * @param timeZone the site's time zone, in which {@code today} was taken
 */
public record LeftOut(int drafts, int future, LocalDate today, ZoneId timeZone) {

    /** Nothing left out, for sites built without a schedule. */
    public static LeftOut none(LocalDate today, ZoneId timeZone) {
        return new LeftOut(0, 0, today, timeZone);
    }

    public int total() {
        return drafts + future;
    }
}
