package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.text.CalendarMonth;
import org.dozaban.text.Language;

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
    private final PageInputs inputs;

    ArchivePages(Rendering r, PageInputs inputs) {
        this.r = r;
        this.index = r.readers();
        this.inputs = inputs;
    }

    static String indexPath(String lang) {
        return lang + "/archive/";
    }

    static String yearPath(String lang, CalendarMonth month) {
        return indexPath(lang) + month.yearSegment() + "/";
    }

    static String monthPath(String lang, CalendarMonth month) {
        return monthPath(lang, month, 0);
    }

    /** Site-relative folder of a page of a month's list: 0 for its first page, else an archive page (see {@link Paging}). */
    static String monthPath(String lang, CalendarMonth month, int number) {
        String first = yearPath(lang, month) + month.monthSegment() + "/";
        return number == 0 ? first : first + "page/" + number + "/";
    }

    /** The archive page of the month {@code date} falls in, in the calendar of {@code lang}. */
    static String monthPath(String lang, LocalDate date) {
        return monthPath(lang, CalendarMonth.of(date, lang));
    }

    /** Per language: the archive index, a task per year and a task per month with articles. */
    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        for (String lang : r.site().config().languages()) {
            SortedMap<CalendarMonth, List<Article>> months = index.months(lang);
            List<ArchiveViews.Year> years = years(lang, months);
            int total = years.stream().mapToInt(ArchiveViews.Year::count).sum();
            tasks.add(() -> indexPage(lang, new ArchiveViews.Index(years, total)));
            for (int i = 0; i < years.size(); i++) {
                int n = i;
                tasks.add(() -> yearPage(lang, years.get(n), yearLink(lang, years, n - 1), yearLink(lang, years, n + 1)));
            }
            List<CalendarMonth> newestFirst = new ArrayList<>(months.keySet());
            Collections.reverse(newestFirst);
            int size = r.site().config().pageSize();
            for (int i = 0; i < newestFirst.size(); i++) {
                int n = i;
                List<Article> articles = months.get(newestFirst.get(i));
                Paging paging = new Paging(articles.size(), size);
                for (int number = 0; number <= paging.archivePages(); number++) {
                    int page = number;
                    tasks.add(() -> monthPage(lang, newestFirst, n, articles, page, paging));
                }
            }
        }
        return tasks;
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

    private PageTask.Prepared indexPage(String lang, ArchiveViews.Index view) {
        String file = RelativeUrls.fileOf(indexPath(lang));
        PageMeta meta = r.chrome().meta(file, lang, "archive", r.chrome().ui(lang).get("archive"), "website",
                r.chrome().everyLanguage(ArchivePages::indexPath));
        return r.prepared("archive.peb", meta, "archive", view);
    }

    private PageTask.Prepared yearPage(String lang, ArchiveViews.Year year, Link newer, Link older) {
        PageMeta meta = r.chrome().meta(RelativeUrls.fileOf(year.path()), lang, "archive", year.label(), "website",
                Map.of(lang, year.path()));
        return r.prepared("archive-year.peb", meta, "archive", new ArchiveViews.YearPage(year, newer, older));
    }

    private PageTask.Prepared monthPage(String lang, List<CalendarMonth> newestFirst, int i, List<Article> articles,
                                        int number, Paging paging) throws ContentException {
        CalendarMonth month = newestFirst.get(i);
        String path = monthPath(lang, month, number);
        String label = month.label(lang);
        String file = RelativeUrls.fileOf(path);
        Map<String, String> versions = Map.of(lang, path);
        List<Article> slice = paging.page(articles, number);
        Link newer = i > 0 ? monthLink(lang, newestFirst.get(i - 1)) : null;
        Link older = i + 1 < newestFirst.size() ? monthLink(lang, newestFirst.get(i + 1)) : null;
        // the month, its count and its year, the pager's numbers, the months on either side, the entries
        String digest = inputs.page("archive-month", lang).text(path).text(label).number(articles.size())
                .text(month.yearLabel(lang)).number(number).number(Pager.lengthSeen(number, paging.archivePages()))
                .text(newer == null ? null : newer.label() + "\u0000" + newer.path())
                .text(older == null ? null : older.label() + "\u0000" + older.path())
                .articles(slice).hex();
        return inputs.keptOr(file, () -> r.chrome().sitemapEntry(file, versions, null), digest, () -> {
            UiStrings ui = r.chrome().ui(lang);
            String heading = ui.paged(label, number);
            PageMeta meta = r.chrome().meta(file, lang, "archive", heading, "website", versions);
            return r.prepared("archive-month.peb", meta, "archive",
                    new ArchiveViews.MonthPage(new ArchiveViews.Month(label, monthPath(lang, month), articles.size()),
                            link(lang, month.yearLabel(lang), yearPath(lang, month)), r.listings().items(slice, lang),
                            Pager.of(number, paging.archivePages(), n -> monthPath(lang, month, n), ui), newer, older));
        });
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
        return new Link(label, lang, Language.direction(lang), path);
    }
}
