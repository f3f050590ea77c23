package org.dozaban.text;

import java.time.LocalDate;

/**
 * The ICU data a build reads the first time it sorts, dates or slugs anything in a language: ICU loads and
 * compiles it once per process, which under the quick compiler takes about half a second for Persian and
 * English together (the transliteration to ASCII about 250 ms of it, the Persian collator and calendar most
 * of the rest), and a render would wait for each in turn when it first needs it.
 */
public final class IcuData {

    private IcuData() {
    }

    /**
     * Starts loading it on a thread of its own. A build starts this once it knows it renders, and the
     * render first sets up what needs no ICU data on one thread; whatever the thread has not loaded yet
     * when the render needs it, the render loads itself, as it would have. Not started before that: a
     * build that finds nothing to do needs none of it, and loading the content took longer beside it.
     *
     * @param slugs also the transliteration to ASCII, which only the slugs of non-ASCII text need
     */
    public static void prepareInBackground(boolean slugs) {
        Thread thread = new Thread(() -> prepare(slugs), "ICU data");
        thread.setDaemon(true);
        thread.start();
    }

    private static void prepare(boolean slugs) {
        if (slugs) {
            // the slug of a Persian name goes through the transliteration's rules, which ICU keeps once compiled
            Slugs.slugify("\u0641");
        }
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (Language language : Language.SITE) {
            Collation.comparator(language.code()).compare("a", "b");
            CalendarMonth.of(day, language.code());
        }
    }
}
