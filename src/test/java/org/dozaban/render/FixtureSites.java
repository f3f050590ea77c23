package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentLoader;
import org.dozaban.content.Site;
import org.dozaban.content.Topic;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** Loads the fixture sites under {@code src/test/resources/sites/} with the content loader. */
final class FixtureSites {

    static final Path ROOT = Path.of("src/test/resources/sites");

    private FixtureSites() {
    }

    static Site load(String name) throws Exception {
        return ContentLoader.load(ROOT.resolve(name).resolve("content"));
    }

    /** The bilingual fixture with its topics and articles changed, for cases its files do not hold. */
    static Site bilingual(UnaryOperator<List<Topic>> topics, UnaryOperator<List<Article>> articles)
            throws Exception {
        Site site = load("bilingual");
        return new Site(site.config(), topics.apply(site.topics()), articles.apply(site.articles()), site.pages(),
                site.urls());
    }

    /** The article of {@code site} from {@code content/<lang>/<name>.md}. */
    static Article article(Site site, String lang, String name) {
        return site.articles().stream()
                .filter(a -> a.lang().equals(lang) && a.file().getFileName().toString().equals(name + ".md"))
                .findFirst().orElseThrow(() -> new AssertionError("no fixture article " + lang + "/" + name));
    }
}
