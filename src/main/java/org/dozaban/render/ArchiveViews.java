package org.dozaban.render;

import java.util.List;

/** The view models of the date archive pages. */
final class ArchiveViews {

    private ArchiveViews() {
    }

    /**
     * A month with articles, as listed.
     *
     * @param label month name, or month and year, in the page's calendar and digits
     * @param path  site-relative folder of the month's page
     * @param count its articles
     */
    public record Month(String label, String path, int count) {
    }

    /**
     * A year with articles.
     *
     * @param label  the year in the page's digits
     * @param path   site-relative folder of the year's page
     * @param count  its articles
     * @param months its months with articles, newest first
     */
    public record Year(String label, String path, int count, List<Month> months) {

        public Year {
            months = List.copyOf(months);
        }
    }

    /** {@code <lang>/archive/}: every year with its months, newest first. */
    public record Index(List<Year> years, int total) {

        public Index {
            years = List.copyOf(years);
        }
    }

    /** {@code <lang>/archive/<year>/}: the months of one year, with the neighbouring years. */
    public record YearPage(Year year, Link newer, Link older) {
    }

    /**
     * {@code <lang>/archive/<year>/<month>/} and its further pages {@code page/<n>/}: the articles of one
     * month, newest first, {@code pageSize} a page.
     */
    public record MonthPage(Month month, Link year, List<ArticleItem> articles, Pager pager, Link newer, Link older) {

        public MonthPage {
            articles = List.copyOf(articles);
        }
    }
}
