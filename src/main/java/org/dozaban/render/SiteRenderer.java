package org.dozaban.render;

import org.dozaban.content.ContentException;
import org.dozaban.content.Site;

import java.nio.file.Path;
import java.util.List;

/** Renders a {@link Site} with the Pebble templates of a template folder into pages. */
public final class SiteRenderer {

    private final Path templatesDir;

    /** Builds the Pebble engine once, over {@code templatesDir}. */
    public SiteRenderer(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    /**
     * Every page of the site, sorted by path. Asset files are not included: they are copied from
     * {@code templates/assets/} when publishing.
     *
     * @throws ContentException for template errors, with template file, line and column
     */
    public List<Page> render(Site site) throws ContentException {
        throw new UnsupportedOperationException("not written yet: " + templatesDir);
    }
}
