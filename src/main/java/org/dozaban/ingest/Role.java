package org.dozaban.ingest;

/** What a block of an imported file is. Chrome roles are dropped from the article. */
public enum Role {
    TITLE, SUBTITLE, BYLINE, DATE, DATELINE, BODY, QUOTE, LIST, HEADING,
    MENU, BREADCRUMB, SHARE, RELATED, COMMENTS, FOOTER, FURNITURE, MAIL_HEADER, EXPORT_FIELD, SIGNATURE, LABEL,
    CREDIT;

    /** Whether blocks of this role are page chrome, not part of the article. */
    public boolean isChrome() {
        return ordinal() >= MENU.ordinal();
    }

    /** The role as {@code --explain} prints it: lower case, "chrome:" before chrome kinds. */
    public String label() {
        String name = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return isChrome() ? "chrome:" + name : name;
    }
}
