package org.dozaban.render;

import org.dozaban.content.Article;
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

    /** The article of {@code site} from {@code content/<lang>/<name>.md}. */
    static Article article(Site site, String lang, String name) {
        return site.articles().stream()
                .filter(a -> a.lang().equals(lang) && a.file().getFileName().toString().equals(name + ".md"))
                .findFirst().orElseThrow(() -> new AssertionError("no fixture article " + lang + "/" + name));
    }
}
