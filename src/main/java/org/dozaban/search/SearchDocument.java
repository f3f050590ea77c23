package org.dozaban.search;

import java.util.List;

/**
 * One article as the search index sees it.
 *
 * @param path    site-relative folder of the article page
 * @param lang    the article's language
 * @param title   its title, as shown in results
 * @param isoDate its date as yyyy-mm-dd, or empty when undated
 * @param dates   its date formatted for each site language, in site language order; empty when undated
 * @param text    the article's body as plain text, from which a result's snippet is taken where the query's
 *                words occur; written to a file of its own, loaded only for the results shown
 * @param fields  the text searched, each with its weight
 */
public record SearchDocument(String path, String lang, String title, String isoDate, List<String> dates, String text,
                             List<Field> fields) {

    /** Weights of the fields: a word in the title counts ten times a word of the body. */
    public static final int TITLE = 10;
    public static final int PEOPLE = 6;
    public static final int TOPICS = 5;
    public static final int SUMMARY = 3;
    public static final int BODY = 1;

    public SearchDocument {
        dates = List.copyOf(dates);
        fields = List.copyOf(fields);
    }

    /** The same document as a result's row lists it: without its searched fields and its text. */
    public SearchDocument withoutFields() {
        return new SearchDocument(path, lang, title, isoDate, dates, "", List.of());
    }

    /**
     * Searched text.
     *
     * @param text   plain text
     * @param weight what one occurrence of a term in it adds to the document's score for that term
     */
    public record Field(String text, int weight) {
    }
}
