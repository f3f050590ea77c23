package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.text.KeyHash;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Digests of what a page's view is made from, for pages whose view costs more to make than these: while a
 * page's digest is what the last build recorded, so is its view, and the page is not prepared again (see
 * {@link PageSink#keptKey}). A digest leaves out what every page depends on, the templates, the site files
 * and the tool: the build cache keeps nothing when they change. It covers the chrome of the page's
 * language and every article the page shows, each as an {@link #entry}. Safe for use from several threads.
 */
final class PageInputs {

    private final Rendering r;
    /** Per language, the key of what every page in it shares: its chrome, found on a page of none. */
    private final Map<String, String> chromeKeys = new LinkedHashMap<>();
    /**
     * By article ordinal: each article's entry digest, made once, or again by a thread that wants it while
     * another makes it (the same digest). A plain array, read and written without ordering: an {@link Entry}'s
     * final field makes its digest whole to any thread that sees it. An atomic array's reads, through a
     * variable handle, took a tenth of a rebuild's time spent on digests, in code only the quick compiler
     * compiled.
     */
    private final Entry[] entries;

    PageInputs(Rendering r) {
        this.r = r;
        this.entries = new Entry[r.site().articles().size()];
        for (String lang : r.site().config().languages()) {
            chromeKeys.put(lang, ViewKey.of(r.chrome().meta("", lang, "article", null, "article", Map.of())));
        }
    }

    /** A digest for a page of {@code kind} in {@code lang}. */
    Digest page(String kind, String lang) {
        return new Digest(new KeyHash().text(chromeKeys.get(lang)).text(kind));
    }

    /**
     * The page {@code prepare} makes, with {@code inputs}; when the last build recorded the page at
     * {@code file} with the same inputs, the page with the key recorded instead, left unprepared until it has
     * to be rendered (when its file is found changed), and with its sitemap entry as {@code sitemap} gives it:
     * neither the page's view nor its chrome is made.
     */
    PageTask.Prepared keptOr(String file, Supplier<SitemapEntry> sitemap, String inputs, PageTask prepare)
            throws ContentException {
        String kept = inputs == null ? null : r.sink().keptKey(file, inputs);
        if (kept != null) {
            return new PageTask.Prepared(file, sitemap.get(), kept, inputs, () -> prepare.prepare().renderer().render());
        }
        PageTask.Prepared page = prepare.prepare();
        return new PageTask.Prepared(page.path(), page.sitemap(), page.key(), inputs, page.renderer());
    }

    /**
     * An article as a page shows it: its source hash, which stands for all it was read from its file; its
     * address, flags and author's page, which other files and the day of the build can change; and its
     * body's key, which covers the files beside it. The same in every language: the author's page is taken
     * by its slug, which with the page's language, in the page's digest, gives its address.
     */
    private byte[] entry(Article article) {
        int ordinal = r.site().ordinal(article);
        Entry entry = entries[ordinal];
        if (entry == null) {
            entry = new Entry(new KeyHash().text(article.lang()).text(article.urlPath()).text(article.sourceHash())
                    .tag((byte) ((article.draft() ? 1 : 0) | (r.site().isScheduled(article) ? 2 : 0)))
                    .text(String.valueOf(r.listings().authorSlug(article.author())))
                    .text(r.bodies().keyOf(article))
                    .digest());
            entries[ordinal] = entry;
        }
        return entry.digest;
    }

    /** An article's entry digest, published to other threads whole through its final field. */
    private static final class Entry {
        private final byte[] digest;

        private Entry(byte[] digest) {
            this.digest = digest;
        }
    }

    /** The digest of one page, made of parts added in order. */
    final class Digest {
        private final KeyHash hash;
        /** Whether every article added was read from a file, with a source hash. */
        private boolean known = true;

        private Digest(KeyHash hash) {
            this.hash = hash;
        }

        /** Adds an article the page shows, or that no article is there. */
        Digest article(Article article) {
            if (article == null) {
                hash.tag((byte) 0);
            } else if (article.sourceHash() == null) {
                known = false;
            } else {
                hash.tag((byte) 1).bytes(entry(article));
            }
            return this;
        }

        /** Adds the articles the page shows, in order. */
        Digest articles(java.util.List<Article> articles) {
            hash.number(articles.size());
            articles.forEach(this::article);
            return this;
        }

        /** Adds a text, or that there is none. */
        Digest text(String text) {
            hash.text(String.valueOf(text)).tag((byte) (text == null ? 0 : 1));
            return this;
        }

        Digest number(long number) {
            hash.number(number);
            return this;
        }

        /** The digest, or null when an article was not read from a file and has no source hash. */
        String hex() {
            return known ? hash.hex() : null;
        }
    }
}
