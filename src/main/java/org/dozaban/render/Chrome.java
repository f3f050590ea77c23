package org.dozaban.render;

import org.dozaban.content.SiteConfig;
import org.dozaban.html.Direction;
import org.dozaban.text.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Builds the {@link PageMeta} of each page: titles, canonical and alternate URLs, language switch. */
final class Chrome {

    /** The {@code hreflang} of the page shown to readers whose language the site does not have. */
    static final String X_DEFAULT = "x-default";

    private final SiteConfig config;
    private final Map<String, UiStrings> ui;
    private final Set<String> feedLanguages;
    private final Map<String, List<MenuLink>> menus;

    /** @param feedLanguages the languages that have an Atom feed, which every page of theirs links */
    Chrome(SiteConfig config, Map<String, UiStrings> ui, Set<String> feedLanguages) {
        this(config, ui, feedLanguages, Map.of());
    }

    /** @param menus the menu of each language */
    Chrome(SiteConfig config, Map<String, UiStrings> ui, Set<String> feedLanguages,
           Map<String, List<MenuLink>> menus) {
        this.config = config;
        this.ui = ui;
        this.feedLanguages = Set.copyOf(feedLanguages);
        this.menus = Map.copyOf(menus);
    }

    SiteConfig config() {
        return config;
    }

    UiStrings ui(String lang) {
        return ui.get(lang);
    }

    /**
     * The chrome of one page.
     *
     * @param file     output file, site-relative
     * @param lang     interface language
     * @param section  nav section the page belongs to
     * @param heading  the page's own title, or null for the home page
     * @param ogType   Open Graph type
     * @param versions site-relative folder of the page in each language that has it, itself included,
     *                 and under {@link #X_DEFAULT} the page for any other language, when there is one
     */
    PageMeta meta(String file, String lang, String section, String heading, String ogType,
                  Map<String, String> versions) {
        return new PageMeta(file, lang, Language.direction(lang), section, documentTitle(heading, lang),
                config.title(lang), config.description(lang), canonical(file), ogType,
                homePath(lang), topicsPath(lang), feedLanguages.contains(lang) ? FeedPages.path(lang) : "",
                alternates(versions), languageLinks(lang, versions), "", menus.getOrDefault(lang, List.of()),
                new Preview(config.image() == null ? null : absolute(config.image()), "",
                        localeAlternates(lang, versions), null, List.of(), List.of(), null));
    }

    /**
     * The sitemap's entry of the page {@code meta} would make of {@code file} and {@code versions}, without the
     * rest of its chrome: all a page kept from the last build needs of it.
     */
    SitemapEntry sitemapEntry(String file, Map<String, String> versions, LocalDate lastmod) {
        return new SitemapEntry(canonical(file), alternates(versions), lastmod);
    }

    private String canonical(String file) {
        return absolute(folderOf(file));
    }

    /** The Open Graph locales of the other languages {@code versions} has. */
    private List<String> localeAlternates(String lang, Map<String, String> versions) {
        return config.languages().stream().filter(other -> !other.equals(lang) && versions.containsKey(other))
                .map(other -> ui(other).get("ogLocale")).toList();
    }

    /** The same page in every site language, as {@code versions} for {@link #meta}. */
    Map<String, String> everyLanguage(Function<String, String> pathIn) {
        Map<String, String> versions = new LinkedHashMap<>();
        config.languages().forEach(lang -> versions.put(lang, pathIn.apply(lang)));
        return versions;
    }

    static String homePath(String lang) {
        return lang + "/";
    }

    static String topicsPath(String lang) {
        return lang + "/topics/";
    }

    String absolute(String path) {
        return config.baseUrl() + path;
    }

    private String documentTitle(String heading, String lang) {
        return Direction.title(heading == null ? config.title(lang) : heading + " – " + config.title(lang), lang);
    }

    private List<Alternate> alternates(Map<String, String> versions) {
        List<Alternate> out = new ArrayList<>();
        for (String lang : config.languages()) {
            String path = versions.get(lang);
            if (path != null) {
                out.add(new Alternate(lang, absolute(path)));
            }
        }
        if (versions.containsKey(X_DEFAULT)) {
            out.add(new Alternate(X_DEFAULT, absolute(versions.get(X_DEFAULT))));
        }
        return out;
    }

    /** Every other language: the page's version in it, else that language's home. */
    private List<Link> languageLinks(String lang, Map<String, String> versions) {
        List<Link> out = new ArrayList<>();
        for (String other : config.languages()) {
            if (!other.equals(lang)) {
                String path = versions.getOrDefault(other, homePath(other));
                out.add(new Link(ui(other).autonym(), other, Language.direction(other), path));
            }
        }
        return out;
    }

    private static String folderOf(String file) {
        return file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }
}
