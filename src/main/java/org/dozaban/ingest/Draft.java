package org.dozaban.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as found in a seed, before language and topics: metadata and the body blocks. Absent fields
 * are null.
 *
 * @param title     the title, plain text
 * @param author    the author, or null
 * @param date      the publication date, or null
 * @param sourceUrl the article's original address, or null
 * @param publisher who published it, or null
 * @param via       the site the text was captured from when that is not the publisher, or null
 * @param body      the article's blocks, in order, page breaks already rejoined
 * @param subtitle  the subtitle (a deck or standfirst under the title), inline Markdown without emphasis around it, or null
 */
public record Draft(String title, String author, LocalDate date, String sourceUrl, String publisher, String via,
                    List<Block> body, String subtitle) {

    public Draft {
        body = List.copyOf(body);
    }

    /** A draft without a subtitle. */
    public Draft(String title, String author, LocalDate date, String sourceUrl, String publisher, String via,
                 List<Block> body) {
        this(title, author, date, sourceUrl, publisher, via, body, null);
    }
}
