package org.dozaban.render;

import java.util.List;

/**
 * What the base layout needs for any page: language, titles, absolute URLs for the head and the
 * navigation targets.
 *
 * @param path          output file, site-relative, e.g. {@code fa/topics/index.html}
 * @param lang          interface language of the page
 * @param dir           direction of {@code lang}
 * @param section       {@code home}, {@code topics}, {@code article} or {@code error}, to mark the current nav item
 * @param documentTitle text of {@code <title>}, with a leading RLM when needed
 * @param siteTitle     the site's name in {@code lang}
 * @param description   the site's description in {@code lang}
 * @param canonical     absolute URL of the page
 * @param ogType        Open Graph type: {@code website} or {@code article}
 * @param homePath      site-relative folder of the home page in {@code lang}
 * @param topicsPath    site-relative folder of the topic index in {@code lang}
 * @param feedPath      site-relative Atom feed of {@code lang}, or empty when the language has none
 * @param alternates    every language version of the page, itself included
 * @param languageLinks the same page (or the closest one) in each other language
 * @param linkBase      empty for links relative to {@code path}; else the absolute URL links start from,
 *                      for pages a server shows at any address (404)
 * @param menu          the menu of {@code lang} from {@code site.yaml}, possibly empty
 * @param preview       what link previews (Open Graph, Twitter card) show of the page
 */
public record PageMeta(
        String path,
        String lang,
        String dir,
        String section,
        String documentTitle,
        String siteTitle,
        String description,
        String canonical,
        String ogType,
        String homePath,
        String topicsPath,
        String feedPath,
        List<Alternate> alternates,
        List<Link> languageLinks,
        String linkBase,
        List<MenuLink> menu,
        Preview preview) {

    public PageMeta {
        alternates = List.copyOf(alternates);
        languageLinks = List.copyOf(languageLinks);
        menu = List.copyOf(menu);
    }

    /** A page without menu or link preview of its own. */
    public PageMeta(String path, String lang, String dir, String section, String documentTitle, String siteTitle,
                    String description, String canonical, String ogType, String homePath, String topicsPath,
                    String feedPath, List<Alternate> alternates, List<Link> languageLinks, String linkBase) {
        this(path, lang, dir, section, documentTitle, siteTitle, description, canonical, ogType, homePath,
                topicsPath, feedPath, alternates, languageLinks, linkBase, List.of(), Preview.NONE);
    }

    /** Whether {@code folder}, site-relative, is this page, for {@code aria-current}. */
    public boolean isAt(String folder) {
        return folder != null && path.equals(RelativeUrls.fileOf(folder));
    }

    /** The same page under another canonical URL, for a page that stands in for another. */
    public PageMeta withCanonical(String url) {
        return new PageMeta(path, lang, dir, section, documentTitle, siteTitle, description, url, ogType,
                homePath, topicsPath, feedPath, alternates, languageLinks, linkBase, menu, preview);
    }

    /** The same page with its own link preview. */
    public PageMeta withPreview(Preview own) {
        return new PageMeta(path, lang, dir, section, documentTitle, siteTitle, description, canonical, ogType,
                homePath, topicsPath, feedPath, alternates, languageLinks, linkBase, menu, own);
    }

    /** The same page with every link absolute from {@code base}. */
    public PageMeta withAbsoluteLinks(String base) {
        return new PageMeta(path, lang, dir, section, documentTitle, siteTitle, description, canonical, ogType,
                homePath, topicsPath, feedPath, alternates, languageLinks, base, menu, preview);
    }

    /** The same page with its own description, for search results and link previews. */
    public PageMeta withDescription(String text) {
        return new PageMeta(path, lang, dir, section, documentTitle, siteTitle, text, canonical, ogType,
                homePath, topicsPath, feedPath, alternates, languageLinks, linkBase, menu, preview);
    }

    /** The URL of a site-relative {@code target} as written in this page. */
    public String link(String target) {
        return linkBase.isEmpty() ? RelativeUrls.between(path, target) : linkBase + RelativeUrls.fileOf(target);
    }
}
