package org.dozaban.build;

import org.dozaban.content.Article;
import org.dozaban.content.ArticleFiles;
import org.dozaban.content.Inclusion;
import org.dozaban.content.LeftOut;
import org.dozaban.content.Site;
import org.dozaban.content.UrlLedgerFile;
import org.dozaban.publish.FileCopy;
import org.dozaban.publish.BundleFiles;
import org.dozaban.text.KeyHash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A key of everything a build's output is made from: the tool, the templates and site files (the site
 * key), the assets, which articles are included and how, every article's and page's file, source hash and
 * slug, the files of page bundles by size and modification time, the published-address ledger, and the day
 * the schedule took as today. Two builds with the same fingerprint produce the same output folder.
 */
final class SiteFingerprint {

    private SiteFingerprint() {
    }

    /**
     * The fingerprint, with {@code files} the {@link #files} of {@code site}: a build takes the fingerprint
     * before it renders and again once it has recorded the addresses, and the files are the same both times.
     */
    static String of(String toolKey, String siteKey, String assetsKey, Inclusion inclusion, Site site, Path content,
                     String files) throws IOException {
        KeyHash digest = new KeyHash();
        digest.text(toolKey);
        digest.text(siteKey);
        digest.text(assetsKey);
        // each field written out: a record's generated toString is linked at its first call, a cost on every build
        digest.tag((byte) ((inclusion.drafts() ? 1 : 0) | (inclusion.future() ? 2 : 0)));
        LeftOut leftOut = site.leftOut();
        digest.number(leftOut.drafts()).number(leftOut.future()).text(String.valueOf(leftOut.today()))
                .text(String.valueOf(leftOut.timeZone()));
        digest.text(files);
        Path ledger = content.resolve(UrlLedgerFile.NAME);
        digest.text(Files.isRegularFile(ledger) ? KeyHash.of(Files.readAllBytes(ledger)) : "no ledger");
        return digest.hex();
    }

    /** The key of every article's and page's file, source hash and slug, and of the files of page bundles. */
    static String files(Site site, Path content) throws IOException {
        KeyHash digest = new KeyHash();
        // an article is read from its bytes (the source hash) in a context the site key covers; its slug
        // may come from a translation's file, and its file names it
        for (Article article : site.articles()) {
            add(digest, content, article);
        }
        for (Article page : site.pages()) {
            add(digest, content, page);
        }
        for (FileCopy copy : BundleFiles.of(site)) {
            BasicFileAttributes attributes = Files.readAttributes(copy.source(), BasicFileAttributes.class);
            digest.text(copy.path() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis()
                    + " " + attributes.fileKey());
        }
        return digest.hex();
    }

    /**
     * Adds an article's or page's file, named inside the content folder however the folder was given, its
     * source hash and its slug.
     */
    private static void add(KeyHash digest, Path content, Article article) {
        digest.text(ArticleFiles.nameUnder(content, article.file())).text(String.valueOf(article.sourceHash()))
                .text(article.slug());
    }
}
