package org.dozaban.content;

/**
 * Which unpublished articles a load keeps in the site. Published articles are always kept.
 *
 * @param drafts keep articles marked {@code draft: true}
 * @param future keep articles dated after today in the site's time zone
 */
public record Inclusion(boolean drafts, boolean future) {

    /** Published articles only: what {@code build} renders by default. */
    public static final Inclusion PUBLISHED = new Inclusion(false, false);

    /** Drafts and scheduled articles too: what the preview shows. */
    public static final Inclusion EVERYTHING = new Inclusion(true, true);

    // written out: a record's generated equals and hashCode are linked at their first call, which every
    // build makes
    @Override
    public boolean equals(Object other) {
        return other instanceof Inclusion inclusion && drafts == inclusion.drafts && future == inclusion.future;
    }

    @Override
    public int hashCode() {
        return (drafts ? 2 : 0) + (future ? 1 : 0);
    }
}
