package org.dozaban.content;

import org.dozaban.text.Numbers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article from {@code content/<lang>/<file>.md}. Optional front matter values are null when absent.
 *
 * @param file           the source file, as given to the loader (relative paths stay relative)
 * @param lang           language code, from the folder
 * @param slug           URL slug: front matter {@code slug}, else the title transliterated, else the file name
 * @param title          required title
 * @param author         author, or null
 * @param date           publication date, or null for undated articles
 * @param topics         topic keys, in the order written
 * @param sourceUrl      where the article was first published, or null
 * @param publisher      who first published it, or null
 * @param via            the site it was captured from, when not the publisher, or null
 * @param translationKey key shared with its translations, or null
 * @param translator     translator's name, or null
 * @param summary        summary for lists, or null
 * @param seed           seed file name the article was imported from, or null
 * @param draft          drafts are validated but not rendered
 * @param body           Markdown body after the front matter, or null to read it from {@code file} when
 *                       asked: the loader keeps only metadata, so an archive's bodies are never all in memory
 * @param bodyLine       1-based line of the file where the body starts
 * @param sourceHash     the {@link org.dozaban.text.KeyHash} of the file's bytes, in hex, or null when not read from a file; keys the
 *                       build cache
 * @param translated     for a translation, the date it was last brought up to date with its original, or null
 * @param aliases        earlier site-relative folders of the page ({@code en/2014/06/old-slug/}), each given a
 *                       redirect page
 * @param bundle         the folder of a page bundle ({@code content/<lang>/<slug>/} holding {@code index.md}),
 *                       or null for an article that is a single file
 * @param bundleFiles    the other files of the bundle, relative to it with '/' separators, sorted
 * @param standalone     a standalone page from {@code content/<lang>/pages/}: shown at {@code <lang>/<slug>/},
 *                       never listed with the articles
 * @param urlPath        site-relative folder of the page, made from the language, slug, date and whether it is
 *                       standalone, whatever is given (see {@link #urlPath()}): kept, as every page asks for it
 */
public record Article(
        Path file,
        String lang,
        String slug,
        String title,
        String author,
        LocalDate date,
        List<String> topics,
        String sourceUrl,
        String publisher,
        String via,
        String translationKey,
        String translator,
        String summary,
        String seed,
        boolean draft,
        String body,
        int bodyLine,
        String sourceHash,
        LocalDate translated,
        List<String> aliases,
        Path bundle,
        List<String> bundleFiles,
        boolean standalone,
        String urlPath) {

    public Article {
        topics = List.copyOf(topics);
        aliases = List.copyOf(aliases);
        bundleFiles = List.copyOf(bundleFiles);
        urlPath = folderOf(lang, slug, date, standalone);
    }

    /** An article with every field but its address, which is made from them. */
    public Article(Path file, String lang, String slug, String title, String author, LocalDate date,
                   List<String> topics, String sourceUrl, String publisher, String via, String translationKey,
                   String translator, String summary, String seed, boolean draft, String body, int bodyLine,
                   String sourceHash, LocalDate translated, List<String> aliases, Path bundle,
                   List<String> bundleFiles, boolean standalone) {
        this(file, lang, slug, title, author, date, topics, sourceUrl, publisher, via, translationKey, translator,
                summary, seed, draft, body, bodyLine, sourceHash, translated, aliases, bundle, bundleFiles, standalone,
                null);
    }

    /** An article in a single file, without aliases. */
    public Article(Path file, String lang, String slug, String title, String author, LocalDate date,
                   List<String> topics, String sourceUrl, String publisher, String via, String translationKey,
                   String translator, String summary, String seed, boolean draft, String body, int bodyLine,
                   String sourceHash, LocalDate translated) {
        this(file, lang, slug, title, author, date, topics, sourceUrl, publisher, via, translationKey, translator,
                summary, seed, draft, body, bodyLine, sourceHash, translated, List.of(), null, List.of(), false);
    }

    /** An article in a single file, without aliases, not read from a file. */
    public Article(Path file, String lang, String slug, String title, String author, LocalDate date,
                   List<String> topics, String sourceUrl, String publisher, String via, String translationKey,
                   String translator, String summary, String seed, boolean draft, String body, int bodyLine) {
        this(file, lang, slug, title, author, date, topics, sourceUrl, publisher, via, translationKey, translator,
                summary, seed, draft, body, bodyLine, null);
    }

    /** The same article under another slug. */
    public Article withSlug(String other) {
        return new Article(file, lang, other, title, author, date, topics, sourceUrl, publisher, via, translationKey,
                translator, summary, seed, draft, body, bodyLine, sourceHash, translated, aliases, bundle, bundleFiles,
                standalone);
    }

    /** An article without a {@code translated} date. */
    public Article(Path file, String lang, String slug, String title, String author, LocalDate date,
            List<String> topics, String sourceUrl, String publisher, String via, String translationKey,
            String translator, String summary, String seed, boolean draft, String body, int bodyLine,
            String sourceHash) {
        this(file, lang, slug, title, author, date, topics, sourceUrl, publisher, via, translationKey, translator,
                summary, seed, draft, body, bodyLine, sourceHash, null);
    }

    /** The Markdown body: as given, else read again from the file. */
    @Override
    public String body() {
        return body != null ? body : ArticleText.body(file);
    }

    /** The same article without its body in memory; {@link #body()} then reads it from the file. */
    public Article withoutBody() {
        return new Article(file, lang, slug, title, author, date, topics, sourceUrl, publisher, via, translationKey,
                translator, summary, seed, draft, null, bodyLine, sourceHash, translated, aliases, bundle, bundleFiles,
                standalone);
    }

    /**
     * Whether {@code other} is this article with at most another title, summary or body: everything that
     * places it in the site (its address, date, topics, translations, author, whether it is a draft) and
     * everything else its page shows of it is the same.
     */
    public boolean samePlaceAs(Article other) {
        return file.equals(other.file) && lang.equals(other.lang) && slug.equals(other.slug)
                && Objects.equals(author, other.author) && Objects.equals(date, other.date)
                && topics.equals(other.topics) && Objects.equals(sourceUrl, other.sourceUrl)
                && Objects.equals(publisher, other.publisher) && Objects.equals(via, other.via)
                && Objects.equals(translationKey, other.translationKey)
                && Objects.equals(translator, other.translator) && Objects.equals(seed, other.seed)
                && draft == other.draft && Objects.equals(translated, other.translated)
                && aliases.equals(other.aliases) && Objects.equals(bundle, other.bundle)
                && bundleFiles.equals(other.bundleFiles) && standalone == other.standalone;
    }

    /** The date, when the article has one. */
    public Optional<LocalDate> optionalDate() {
        return Optional.ofNullable(date);
    }

    /**
     * Site-relative folder of the article page, without leading slash and with a trailing one:
     * {@code en/2014/06/slug/}, or {@code en/undated/slug/}; a standalone page's is {@code en/slug/}.
     */
    @Override
    public String urlPath() {
        return urlPath;
    }

    private static String folderOf(String lang, String slug, LocalDate date, boolean standalone) {
        if (standalone) {
            return lang + "/" + slug + "/";
        }
        if (date == null) {
            return lang + "/undated/" + slug + "/";
        }
        // ASCII digits whatever the default locale; without String.format, as it is asked for on every page
        return lang + "/" + Numbers.asciiPadded(date.getYear(), 4) + "/" + Numbers.asciiPadded(date.getMonthValue(), 2)
                + "/" + slug + "/";
    }
}
