package org.dozaban.render;

import org.dozaban.content.ContentException;
import org.dozaban.content.Site;
import org.dozaban.markdown.Markdown;
import org.dozaban.text.Scripts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Renders a {@link Site} with the Pebble templates of a template folder into pages. */
public final class SiteRenderer {

    static final String NOT_FOUND = "404.html";

    private final Path templatesDir;
    private final Templates templates;
    private final Markdown markdown;

    /** Builds the Pebble engine once, over {@code templatesDir}. */
    public SiteRenderer(Path templatesDir) {
        this.templatesDir = templatesDir;
        this.templates = new Templates(templatesDir);
        this.markdown = new Markdown();
    }

    /**
     * Every page of the site, sorted by path. Asset files are not included: they are copied from
     * {@code templates/assets/} when publishing.
     *
     * @throws ContentException for template errors, with template file, line and column
     */
    public List<Page> render(Site site) throws ContentException {
        Map<String, UiStrings> ui = UiCatalog.load(templatesDir.resolve("i18n"), site.config().languages());
        Chrome chrome = new Chrome(site.config(), ui);
        ArticleBodies bodies = new ArticleBodies(markdown);
        Rendering rendering = new Rendering(site, templates, chrome, bodies, new Listings(site, bodies, chrome));
        List<Page> pages = new ArrayList<>();
        pages.addAll(new ArticlePages(rendering).render());
        pages.addAll(new HomePages(rendering).render());
        pages.addAll(new TopicPages(rendering).render());
        pages.add(notFound(rendering));
        pages.sort(Comparator.comparing(Page::path));
        return List.copyOf(pages);
    }

    private static Page notFound(Rendering rendering) throws ContentException {
        Site site = rendering.site();
        Chrome chrome = rendering.chrome();
        String lang = site.config().defaultLanguage();
        PageMeta meta = chrome.meta(NOT_FOUND, lang, "error", chrome.ui(lang).get("notFoundTitle"), "website",
                Map.of());
        List<Link> homes = site.config().languages().stream()
                .map(l -> new Link(chrome.ui(l).autonym(), l, Scripts.direction(l), Chrome.homePath(l)))
                .toList();
        return rendering.page("404.peb", meta, "notFound", new NotFoundView(homes));
    }
}
