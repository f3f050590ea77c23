package org.dozaban.render;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.content.Site;
import org.dozaban.markdown.Markdown;
import org.dozaban.text.Scripts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * Every output file of the site, sorted by path: the HTML pages, an Atom feed per language with
     * dated articles, {@code sitemap.xml} and {@code robots.txt}. Asset files are not included: they
     * are copied from {@code templates/assets/} when publishing.
     *
     * @throws ContentException for template errors, with template file, line and column
     */
    public List<Page> render(Site site) throws ContentException {
        if (!Files.isDirectory(templatesDir)) {
            // one error for the folder, rather than one for each file it should hold
            throw new ContentException(new Problem(templatesDir, 0, 0, "the template folder does not exist",
                    "give the folder that holds base.peb, the page templates and i18n/, with --templates DIR"));
        }
        Map<String, UiStrings> ui = UiCatalog.load(templatesDir.resolve("i18n"), site.config().languages());
        Chrome chrome = new Chrome(site.config(), ui, FeedPages.languages(site));
        ArticleBodies bodies = new ArticleBodies(markdown);
        ReaderIndex readers = ReaderIndex.build(site);
        Rendering rendering = new Rendering(site, templates, chrome, bodies,
                new Listings(site, bodies, chrome, readers), readers);
        List<HtmlPage> listed = new ArrayList<>();
        Set<Problem> problems = new LinkedHashSet<>();
        // Each kind of page uses its own template: render them all so every broken template is reported.
        collect(listed, problems, () -> new ArticlePages(rendering).render());
        collect(listed, problems, () -> new HomePages(rendering).render());
        collect(listed, problems, () -> new TopicPages(rendering).render());
        collect(listed, problems, () -> List.of(notFound(rendering)));
        collect(listed, problems, () -> new ArchivePages(rendering, readers).render());
        collect(listed, problems, () -> new AuthorPages(rendering, readers).render());
        collect(listed, problems, () -> new SearchPages(rendering).render());
        if (!problems.isEmpty()) {
            throw new ContentException(List.copyOf(problems));
        }
        List<Page> pages = new ArrayList<>(listed.stream().map(HtmlPage::page).toList());
        pages.addAll(new FeedPages(rendering).render());
        pages.addAll(new TopicFeeds(rendering, readers).render());
        pages.addAll(new SearchEntries(rendering).render());
        pages.add(Sitemap.sitemap(site, listed.stream().filter(p -> !p.page().path().equals(NOT_FOUND)).toList()));
        pages.add(Sitemap.robots(site.config()));
        pages.sort(Comparator.comparing(Page::path));
        return List.copyOf(pages);
    }

    /** Renders one kind of page. */
    @FunctionalInterface
    private interface PageKind {
        List<HtmlPage> render() throws ContentException;
    }

    private static void collect(List<HtmlPage> pages, Set<Problem> problems, PageKind kind) {
        try {
            pages.addAll(kind.render());
        } catch (ContentException e) {
            problems.addAll(e.problems());
        }
    }

    /**
     * The 404 page. Servers show it at any address, so its links are absolute from the base URL:
     * relative ones would break one folder down.
     */
    private static HtmlPage notFound(Rendering rendering) throws ContentException {
        Site site = rendering.site();
        Chrome chrome = rendering.chrome();
        String lang = site.config().defaultLanguage();
        PageMeta meta = chrome.meta(NOT_FOUND, lang, "error", chrome.ui(lang).get("notFoundTitle"), "website",
                Map.of()).withAbsoluteLinks(site.config().baseUrl());
        List<NotFoundView.Notice> notices = site.config().languages().stream().map(l -> notice(chrome.ui(l))).toList();
        return rendering.page("404.peb", meta, "notFound", new NotFoundView(notices));
    }

    private static NotFoundView.Notice notice(UiStrings ui) {
        String dir = Scripts.direction(ui.lang());
        return new NotFoundView.Notice(ui.lang(), dir, ui.get("notFoundTitle"), ui.get("notFoundText"),
                new Link(ui.get("home"), ui.lang(), dir, Chrome.homePath(ui.lang())));
    }
}
