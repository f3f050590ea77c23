package org.dozaban.content;

/**
 * One item of a language's menu in {@code site.yaml}.
 *
 * @param kind   what it links
 * @param target the page's slug, the topic's key, the external URL; empty for the archive
 * @param label  the text shown, or null to use the page's title, the topic's name or the archive's name
 * @param line   where the item is written in {@code site.yaml}, for errors found once pages and topics are known
 * @param column the same, column
 */
public record MenuItem(Kind kind, String target, String label, int line, int column) {

    /** What a menu item links. */
    public enum Kind {
        /** a standalone page of the same language, by slug */
        PAGE,
        /** a topic, by key */
        TOPIC,
        /** the archive: the index of every topic */
        ARCHIVE,
        /** an address outside the site */
        URL
    }
}
