package org.dozaban.render;

import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;

import java.nio.file.Path;

/** Loads the fixture sites under {@code src/test/resources/sites/} with the content loader. */
final class FixtureSites {

    static final Path ROOT = Path.of("src/test/resources/sites");

    private FixtureSites() {
    }

    static Site load(String name) throws Exception {
        return ContentLoader.load(ROOT.resolve(name).resolve("content"));
    }
}
