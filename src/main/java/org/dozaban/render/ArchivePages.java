package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.text.CalendarMonth;
import org.dozaban.text.Scripts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The date archive of each language: an index of years and months, a page per year and a page per
 * month that has articles, in the calendar of the language (Solar Hijri for Persian). Only articles
 * in the page's language are listed; undated ones are not in the archive.
 */
final class ArchivePages {

    private final Rendering r;
    private final ReaderIndex index;

    ArchivePages(Rendering r, ReaderIndex index) {
        this.r = r;
        this.index = index;
    }

    static String indexPath(String lang) {
        return lang + "/archive/";
    }

    static String yearPath(String lang, CalendarMonth month) {
        return indexPath(lang) + month.yearSegment() + "/";
    }

    static String monthPath(String lang, CalendarMonth month) {
        return yearPath(lang, month) + month.monthSegment() + "/";
    }

    /** The archive page of the month {@code date} falls in, in the calendar of {@code lang}. */
    static String monthPath(String lang, LocalDate date) {
        return monthPath(lang, CalendarMonth.of(date, lang));
    }

    List<HtmlPage> render() throws ContentException {
        List<HtmlPage> pages = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            SortedMap<CalendarMonth, List<Article>> months = index.months(lang);
            List<ArchiveViews.Year> years = years(lang, months);
            int total = years.stream().mapToInt(ArchiveViews.Year::count).sum();
            pages.add(indexPage(lang, new ArchiveViews.Index(years, total)));
            for (int i = 0; i < years.size(); i++) {
                pages.add(yearPage(lang, years.get(i), yearLink(lang, years, i - 1), yearLink(lang, years, i + 1)));
            }
            List<CalendarMonth> newestFirst = new ArrayList<>(months.keySet());
            Collections.reverse(newestFirst);
            for (int i = 0; i < newestFirst.size(); i++) {
                pages.add(monthPage(lang, newestFirst, i, months.get(newestFirst.get(i))));
            }
        }
        return pages;
    }

    private List<ArchiveViews.Year> years(String lang, SortedMap<CalendarMonth, List<Article>> months) {
        List<ArchiveViews.Year> years = new ArrayList<>();
        for (Map.Entry<Integer, Integer> year : reversed(index.years(lang))) {
            CalendarMonth first = new CalendarMonth(year.getKey(), 1);
            List<ArchiveViews.Month> items = new ArrayList<>();
            months.forEach((month, articles) -> {
                if (month.year() == year.getKey()) {
                    items.add(0, new ArchiveViews.Month(month.monthName(lang), monthPath(lang, month), articles.size()));
                }
            });
            years.add(new ArchiveViews.Year(first.yearLabel(lang), yearPath(lang, first), year.getValue(), items));
        }
        return years;
    }

    private static <K, V> List<Map.Entry<K, V>> reversed(SortedMap<K, V> map) {
        List<Map.Entry<K, V>> entries = new ArrayList<>(map.entrySet());
        Collections.reverse(entries);
        return entries;
    }

    private HtmlPage indexPage(String lang, ArchiveViews.Index view) throws ContentException {
        String file = RelativeUrls.fileOf(indexPath(lang));
        PageMeta meta = r.chrome().meta(file, lang, "archive", r.chrome().ui(lang).get("archive"), "website",
                r.chrome().everyLanguage(ArchivePages::indexPath));
        return r.page("archive.peb", meta, "archive", view);
    }

    private HtmlPage yearPage(String lang, ArchiveViews.Year year, Link newer, Link older) throws ContentException {
        PageMeta meta = r.chrome().meta(RelativeUrls.fileOf(year.path()), lang, "archive", year.label(), "website",
                Map.of(lang, year.path()));
        return r.page("archive-year.peb", meta, "archive", new ArchiveViews.YearPage(year, newer, older));
    }

    private HtmlPage monthPage(String lang, List<CalendarMonth> newestFirst, int i, List<Article> articles)
            throws ContentException {
        CalendarMonth month = newestFirst.get(i);
        String path = monthPath(lang, month);
        String label = month.label(lang);
        PageMeta meta = r.chrome().meta(RelativeUrls.fileOf(path), lang, "archive", label, "website",
                Map.of(lang, path));
        ArchiveViews.MonthPage view = new ArchiveViews.MonthPage(
                new ArchiveViews.Month(label, path, articles.size()),
                link(lang, month.yearLabel(lang), yearPath(lang, month)),
                r.listings().items(articles, lang),
                i > 0 ? monthLink(lang, newestFirst.get(i - 1)) : null,
                i + 1 < newestFirst.size() ? monthLink(lang, newestFirst.get(i + 1)) : null);
        return r.page("archive-month.peb", meta, "archive", view);
    }

    private Link monthLink(String lang, CalendarMonth month) {
        return link(lang, month.label(lang), monthPath(lang, month));
    }

    private Link yearLink(String lang, List<ArchiveViews.Year> years, int i) {
        if (i < 0 || i >= years.size()) {
            return null;
        }
        return link(lang, years.get(i).label(), years.get(i).path());
    }

    private static Link link(String lang, String label, String path) {
        return new Link(label, lang, Scripts.direction(lang), path);
    }
}
