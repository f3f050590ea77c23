package org.dozaban.build;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.dozaban.render.BodyStore;
import org.dozaban.render.Page;
import org.dozaban.render.SiteRenderer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The page of one edited article, made alone from the site of the last build: what a preview shows at
 * once, while the build that follows makes the pages that list the article. Made only when the edit
 * changed nothing that places the article in the site (see {@link Article#samePlaceAs}); then the page
 * has the bytes that build gives it.
 *
 * <p>Holds the template engine: make a new one when the templates change.
 */
public final class EditedPage {

    private final Builder.Options options;
    private final SiteRenderer renderer;
    private final BodyStore store;

    /** For builds made with {@code options}: the bodies of their cache are read, never written. */
    public EditedPage(Builder.Options options) throws IOException {
        this.options = options;
        this.renderer = new SiteRenderer(options.templates());
        this.store = BuildCache.reading(options.cacheDir(), BuildInputs.toolKey());
    }

    /**
     * The page of the article in {@code file} as it is now, when {@code site}, the site as last built with
     * these options, has the article at the same place.
     *
     * @param file the article's file, absolute or relative to the working folder
     * @return the page, or empty when the file is not an article of {@code site}, when the edit moved it
     *         (another date, topics, address…) or when the article has problems: a build shows those
     * @throws ContentException for template errors
     */
    public Optional<Page> render(Site site, Path file) throws ContentException, IOException {
        Path wanted = file.toAbsolutePath().normalize();
        Optional<Article> place = site.articles().stream()
                .filter(a -> a.file().toAbsolutePath().normalize().equals(wanted)).findFirst();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        Optional<Article> edited = ContentLoader.reread(site, options.content(), place.get());
        return edited.isEmpty() ? Optional.empty() : renderer.renderEdited(site, place.get(), edited.get(), store);
    }
}
