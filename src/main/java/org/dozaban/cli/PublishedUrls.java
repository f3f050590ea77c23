package org.dozaban.cli;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.dozaban.ingest.ImportResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The addresses just-imported articles will have, read from the content folder as the build will load
 * it (a Persian article's slug may come from its English translation). When the content has errors the
 * build will report them, and no address is told.
 */
final class PublishedUrls {

    private final Site site;

    private PublishedUrls(Site site) {
        this.site = site;
    }

    static PublishedUrls after(List<ImportResult> results, Path content) throws IOException {
        if (results.stream().noneMatch(r -> r.status() == ImportResult.Status.CREATED)) {
            return new PublishedUrls(null);
        }
        try {
            return new PublishedUrls(ContentLoader.load(content));
        } catch (ContentException e) {
            return new PublishedUrls(null);
        }
    }

    /** The absolute address of the article in {@code file}, when it is known. */
    Optional<String> url(Path file) {
        if (site == null || file == null) {
            return Optional.empty();
        }
        Path wanted = file.toAbsolutePath().normalize();
        return site.articles().stream()
                .filter(a -> a.file().toAbsolutePath().normalize().equals(wanted))
                .findFirst()
                .map(Article::urlPath)
                .map(path -> site.config().baseUrl() + path);
    }
}
